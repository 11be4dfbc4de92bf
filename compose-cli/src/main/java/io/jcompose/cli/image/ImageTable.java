package io.jcompose.cli.image;

import io.jcompose.engine.api.json.ImageSummaryJson;
import java.time.Instant;
import io.jcompose.cli.container.FormatRow;
import io.jcompose.cli.container.ListFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The text of {@code image ls}: docker's table (columns padded as its tabwriter does), its
 * {@code -q} IDs, or its {@code --format json} lines (one object per row, keys sorted as Go prints a map).
 */
final class ImageTable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<ImageRow> rows;
    private final boolean digests;
    private final boolean noTrunc;
    private final Instant now;

    ImageTable(List<ImageSummaryJson> images, boolean digests, boolean noTrunc, Instant now) {
        List<ImageRow> all = new ArrayList<>();
        images.forEach(i -> all.addAll(ImageRow.of(i, digests)));
        this.rows = List.copyOf(all);
        this.digests = digests;
        this.noTrunc = noTrunc;
        this.now = now;
    }

    String table() {
        List<List<String>> cells = new ArrayList<>();
        cells.add(digests ? List.of("REPOSITORY", "TAG", "DIGEST", "IMAGE ID", "CREATED", "SIZE")
                : List.of("REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE"));
        for (ImageRow r : rows) {
            List<String> line = new ArrayList<>(List.of(r.repository(), r.tag()));
            if (digests) {
                line.add(r.digest());
            }
            line.addAll(List.of(r.shownId(noTrunc), r.createdSince(now), HumanUnits.size(r.size())));
            cells.add(line);
        }
        return pad(cells);
    }

    /** Docker's tabwriter layout: every column but the last as wide as its widest cell plus three, at least ten. */
    static String pad(List<List<String>> cells) {
        int columns = cells.getFirst().size();
        int[] width = new int[columns];
        for (List<String> line : cells) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], line.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> line : cells) {
            for (int c = 0; c < columns; c++) {
                String cell = line.get(c);
                out.append(cell);
                if (c < columns - 1) {
                    out.append(" ".repeat(Math.max(width[c] + 3, 10) - cell.length()));
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** {@code -q}: one ID per row, as docker prints them. */
    String quiet() {
        StringBuilder out = new StringBuilder();
        rows.forEach(r -> out.append(r.shownId(noTrunc)).append('\n'));
        return out.toString();
    }

    /** Template fields and their column titles, docker's. */
    private static final Map<String, String> HEADERS = Map.ofEntries(Map.entry("Repository", "REPOSITORY"),
            Map.entry("Tag", "TAG"), Map.entry("Digest", "DIGEST"), Map.entry("ID", "IMAGE ID"),
            Map.entry("CreatedSince", "CREATED"), Map.entry("CreatedAt", "CREATED AT"), Map.entry("Size", "SIZE"),
            Map.entry("Containers", "CONTAINERS"), Map.entry("SharedSize", "SHARED SIZE"),
            Map.entry("UniqueSize", "UNIQUE SIZE"), Map.entry("VirtualSize", "VIRTUAL SIZE"));

    /** {@code --format TEMPLATE}: a Go template over the fields of {@code --format json}. */
    String template(String format) {
        ListFormat f = ListFormat.of(format, "table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t"
                + "{{.Size}}", HEADERS);
        List<FormatRow> out = new ArrayList<>();
        for (ImageRow r : rows) {
            out.add(FormatRow.of(fields(r)));
        }
        return f.render(out);
    }

    /** {@code --format json}: docker's keys, all strings. */
    String json() {
        StringBuilder out = new StringBuilder();
        for (ImageRow r : rows) {
            out.append(JSON.writeValueAsString(fields(r))).append('\n');
        }
        return out.toString();
    }

    private Map<String, String> fields(ImageRow r) {
        {
            Map<String, String> o = new LinkedHashMap<>();
            o.put("Containers", "N/A");
            o.put("CreatedAt", r.createdAt());
            o.put("CreatedSince", r.createdSince(now));
            o.put("Digest", r.digest());
            o.put("ID", r.shownId(noTrunc));
            o.put("Repository", r.repository());
            o.put("SharedSize", "N/A");
            o.put("Size", HumanUnits.size(r.size()));
            o.put("Tag", r.tag());
            o.put("UniqueSize", "N/A");
            o.put("VirtualSize", HumanUnits.size(r.size()));
            return o;
        }
    }
}
