package io.jcompose.cli.container;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ps --format} and {@code stats --format}: {@code table} (docker's columns), {@code json} (one object per
 * line), or a small Go template: {@code {{.Field}}} and {@code {{json .}}} with literal text between, {@code \t}
 * and {@code \n} escapes, and a leading {@code table} for a header row and aligned columns.
 */
public final class ListFormat {

    static final String DEFAULT = "table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t"
            + "{{.Ports}}\t{{.Names}}";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ACTION = Pattern.compile("\\{\\{\\s*(.*?)\\s*}}");
    private static final Pattern FIELD = Pattern.compile("\\.([A-Za-z]+)");
    private static final Map<String, String> HEADERS = Map.ofEntries(Map.entry("ID", "CONTAINER ID"),
            Map.entry("Image", "IMAGE"), Map.entry("Command", "COMMAND"), Map.entry("CreatedAt", "CREATED AT"),
            Map.entry("RunningFor", "CREATED"), Map.entry("Ports", "PORTS"), Map.entry("State", "STATE"),
            Map.entry("Status", "STATUS"), Map.entry("Size", "SIZE"), Map.entry("Names", "NAMES"),
            Map.entry("Labels", "LABELS"), Map.entry("Mounts", "MOUNTS"), Map.entry("Networks", "NETWORKS"),
            Map.entry("LocalVolumes", "LOCAL VOLUMES"));

    /** Literal text, or an action: a field name, or null for the whole row as JSON. */
    private record Part(String text, boolean action) {
    }

    private final boolean table;
    private final List<Part> parts;
    private final Map<String, String> headers;

    private ListFormat(boolean table, List<Part> parts, Map<String, String> headers) {
        this.table = table;
        this.parts = parts;
        this.headers = headers;
    }

    /** A {@code ps} format. */
    static ListFormat of(String format) {
        return of(format, DEFAULT, HEADERS);
    }

    /**
     * A format over rows with the fields {@code headers} names (field to column title); {@code table} and no
     * format at all are {@code defaultTable}.
     */
    public static ListFormat of(String format, String defaultTable, Map<String, String> headers) {
        String f = format == null || format.isEmpty() || format.equals("table") ? defaultTable
                : format.equals("json") ? "{{json .}}" : format;
        boolean table = f.startsWith("table");
        if (table) {
            f = f.substring("table".length());
        }
        f = f.strip().replace("\\t", "\t").replace("\\n", "\n");
        List<Part> parts = new ArrayList<>();
        Matcher m = ACTION.matcher(f);
        int at = 0;
        while (m.find()) {
            parts.add(new Part(f.substring(at, m.start()), false));
            String action = m.group(1);
            Matcher field = FIELD.matcher(action);
            if (action.equals("json .")) {
                parts.add(new Part(null, true));
            } else if (field.matches() && headers.containsKey(field.group(1))) {
                parts.add(new Part(field.group(1), true));
            } else {
                throw new IllegalArgumentException("--format: \"{{" + action + "}}\" is not supported (fields: "
                        + String.join(", ", headers.keySet().stream().sorted().toList()) + ", or json .)");
            }
            at = m.end();
        }
        parts.add(new Part(f.substring(at), false));
        return new ListFormat(table, List.copyOf(parts), Map.copyOf(headers));
    }

    /** Whether the output is a table with a header row. */
    public boolean table() {
        return table;
    }

    public String render(List<? extends FormatRow> rows) {
        List<String> lines = new ArrayList<>();
        if (table) {
            lines.add(line(null));
        }
        rows.forEach(r -> lines.add(line(r)));
        if (!table) {
            StringBuilder out = new StringBuilder();
            lines.forEach(l -> out.append(l).append('\n'));
            return out.toString();
        }
        return TabColumns.align(lines, TabColumns.FORMATTER_MIN_WIDTH);
    }

    /** One row's text; the header row when {@code row} is null. */
    private String line(FormatRow row) {
        StringBuilder out = new StringBuilder();
        for (Part p : parts) {
            if (!p.action()) {
                out.append(p.text());
            } else if (p.text() == null) {
                out.append(row == null ? "" : JSON.writeValueAsString(row.fields()));
            } else {
                out.append(row == null ? headers.get(p.text()) : row.field(p.text()));
            }
        }
        return out.toString();
    }
}
