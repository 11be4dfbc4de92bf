package io.jcompose.cli.compose;

import io.jcompose.cli.compose.plan.Labels;
import io.jcompose.cli.container.GoText;
import io.jcompose.cli.container.PortsColumn;
import io.jcompose.cli.container.TabColumns;
import io.jcompose.cli.image.HumanUnits;
import io.jcompose.cli.container.FormatRow;
import io.jcompose.cli.container.ListFormat;
import io.jcompose.engine.api.json.ContainerInspectJson;
import io.jcompose.engine.api.json.ContainerSummaryJson;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/** The {@code ps} table and JSON lines in docker compose v2's columns and field names. */
final class PsFormat {

    /** {@code --format} values. */

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z 'UTC'");

    private PsFormat() {
    }

    static String table(List<ContainerSummaryJson> containers, Instant now) {
        List<String> lines = new ArrayList<>();
        lines.add("NAME\tIMAGE\tCOMMAND\tSERVICE\tCREATED\tSTATUS\tPORTS");
        for (ContainerSummaryJson c : containers) {
            lines.add(String.join("\t", PsCommand.name(c), nullToEmpty(c.image()),
                    GoText.quote(GoText.ellipsis(nullToEmpty(c.command()), 20)), PsCommand.label(c, Labels.SERVICE),
                    HumanUnits.ago(Duration.between(Instant.ofEpochSecond(c.created()), now)),
                    nullToEmpty(c.status()), PortsColumn.of(c.ports())));
        }
        return TabColumns.align(lines, TabColumns.FORMATTER_MIN_WIDTH);
    }

    /** Go template fields and the column titles docker compose v2 gives them. */
    private static final Map<String, String> HEADERS = Map.ofEntries(Map.entry("Name", "NAME"),
            Map.entry("Names", "NAMES"), Map.entry("Image", "IMAGE"), Map.entry("Command", "COMMAND"),
            Map.entry("Service", "SERVICE"), Map.entry("RunningFor", "CREATED"), Map.entry("CreatedAt", "CREATED AT"),
            Map.entry("Status", "STATUS"), Map.entry("State", "STATE"), Map.entry("Ports", "PORTS"),
            Map.entry("ID", "CONTAINER ID"), Map.entry("Project", "PROJECT"), Map.entry("Health", "HEALTH"),
            Map.entry("ExitCode", "EXIT CODE"), Map.entry("Labels", "LABELS"), Map.entry("Networks", "NETWORKS"),
            Map.entry("Size", "SIZE"));

    /** {@code ps --format TEMPLATE}: a Go template over the fields of {@code --format json}. */
    static ListFormat template(String format) {
        try {
            return ListFormat.of(format, "table {{.Name}}\t{{.Image}}\t{{.Command}}\t{{.Service}}\t{{.RunningFor}}\t"
                    + "{{.Status}}\t{{.Ports}}", HEADERS);
        } catch (IllegalArgumentException e) {
            throw new io.jcompose.model.error.ComposeException(e.getMessage());
        }
    }

    /** A container as a template row: the fields of its JSON line, as text. */
    static FormatRow row(ContainerSummaryJson c, ContainerInspectJson inspect, String project) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields(c, inspect, project).forEach((k, v) -> fields.put(k, v instanceof String t ? t
                : JSON.writeValueAsString(v)));
        return FormatRow.of(fields);
    }

    /** One JSON line, the fields docker compose v2 prints for {@code ps --format json}. */
    static String json(ContainerSummaryJson c, ContainerInspectJson inspect, String project) {
        return JSON.writeValueAsString(fields(c, inspect, project));
    }

    private static Map<String, Object> fields(ContainerSummaryJson c, ContainerInspectJson inspect, String project) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("Command", GoText.quote(nullToEmpty(c.command())));
        o.put("CreatedAt", CREATED_AT.format(Instant.ofEpochSecond(c.created()).atZone(ZoneOffset.UTC)));
        var state = inspect == null ? null : inspect.state();
        o.put("ExitCode", state == null ? 0 : state.exitCode());
        o.put("Health", state == null || state.health() == null ? "" : nullToEmpty(state.health().status()));
        o.put("ID", c.id());
        o.put("Image", nullToEmpty(c.image()));
        Map<String, String> labels = c.labels() == null ? Map.of() : new TreeMap<>(c.labels());
        o.put("Labels", String.join(",", labels.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .toList()));
        o.put("Name", PsCommand.name(c));
        o.put("Names", PsCommand.name(c));
        o.put("Networks", c.networkSettings() == null || c.networkSettings().networks() == null ? ""
                : String.join(",", new TreeMap<>(c.networkSettings().networks()).keySet()));
        o.put("Ports", PortsColumn.of(c.ports()));
        o.put("Project", project);
        List<Map<String, Object>> publishers = new ArrayList<>();
        for (ContainerSummaryJson.PortJson p : c.ports() == null ? List.<ContainerSummaryJson.PortJson>of()
                : c.ports()) {
            Map<String, Object> pub = new LinkedHashMap<>();
            pub.put("URL", nullToEmpty(p.ip()));
            pub.put("TargetPort", p.privatePort());
            pub.put("PublishedPort", p.publicPort() == null ? 0 : p.publicPort());
            pub.put("Protocol", nullToEmpty(p.type()));
            publishers.add(pub);
        }
        o.put("Publishers", publishers);
        o.put("RunningFor", HumanUnits.ago(Duration.between(Instant.ofEpochSecond(c.created()), Instant.now())));
        o.put("Service", PsCommand.label(c, Labels.SERVICE));
        o.put("Size", "0B");
        o.put("State", nullToEmpty(c.state()));
        o.put("Status", nullToEmpty(c.status()));
        return o;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
