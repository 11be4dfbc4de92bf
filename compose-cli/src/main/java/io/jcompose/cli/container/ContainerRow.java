package io.jcompose.cli.container;

import io.jcompose.cli.image.HumanUnits;
import io.jcompose.engine.api.json.ContainerSummaryJson;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One container as {@code docker ps} shows it: each field by its template name ({@code ID}, {@code Image},
 * {@code Command}...), truncated as docker truncates unless {@code --no-trunc}.
 */
final class ContainerRow implements FormatRow {

    private static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z 'UTC'");

    private final Map<String, String> fields;

    private ContainerRow(Map<String, String> fields) {
        this.fields = fields;
    }

    static ContainerRow of(ContainerSummaryJson c, boolean noTrunc, Instant now) {
        Map<String, String> f = new TreeMap<>();
        f.put("ID", noTrunc ? c.id() : c.id().substring(0, Math.min(12, c.id().length())));
        f.put("Image", image(c.image() == null ? "" : c.image(), noTrunc));
        String command = c.command() == null ? "" : c.command();
        f.put("Command", GoText.quote(noTrunc ? command : GoText.ellipsis(command, 20)));
        f.put("CreatedAt", CREATED_AT.format(Instant.ofEpochSecond(c.created()).atZone(ZoneOffset.UTC)));
        f.put("RunningFor", HumanUnits.ago(Duration.between(Instant.ofEpochSecond(c.created()), now)));
        f.put("Ports", PortsColumn.of(c.ports()));
        f.put("State", c.state() == null ? "" : c.state());
        f.put("Status", c.status() == null ? "" : c.status());
        f.put("Size", "0B");
        f.put("Names", names(c.names(), noTrunc));
        Map<String, String> labels = c.labels() == null ? Map.of() : new TreeMap<>(c.labels());
        f.put("Labels", String.join(",", labels.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .toList()));
        List<String> mounts = new ArrayList<>();
        int local = 0;
        for (var m : c.mounts() == null ? List.<io.jcompose.engine.api.json.ContainerInspectJson.MountPointJson>of()
                : c.mounts()) {
            String name = m.name() != null && !m.name().isEmpty() ? m.name() : m.source();
            mounts.add(noTrunc || name == null ? String.valueOf(name) : GoText.ellipsis(name, 15));
            local += "local".equals(m.driver()) ? 1 : 0;
        }
        f.put("Mounts", String.join(",", mounts));
        f.put("LocalVolumes", Integer.toString(local));
        f.put("Networks", c.networkSettings() == null || c.networkSettings().networks() == null ? ""
                : String.join(",", new TreeMap<>(c.networkSettings().networks()).keySet()));
        return new ContainerRow(Map.copyOf(f));
    }

    @Override
    public String field(String name) {
        return fields.get(name);
    }

    @Override
    public Map<String, String> fields() {
        return new TreeMap<>(fields);
    }

    /** The image as given, an image ID cut to 12 digits, and a digest left off, as docker shows it. */
    private static String image(String image, boolean noTrunc) {
        if (noTrunc) {
            return image;
        }
        if (image.startsWith("sha256:")) {
            return image.substring(7, Math.min(19, image.length()));
        }
        int at = image.indexOf('@');
        return at < 0 ? image : image.substring(0, at);
    }

    /** The names without their leading slash; truncated, only the first that is not a link ({@code /a/b}). */
    private static String names(List<String> names, boolean noTrunc) {
        List<String> plain = (names == null ? List.<String>of() : names).stream()
                .map(n -> n.startsWith("/") ? n.substring(1) : n).toList();
        if (!noTrunc) {
            for (String n : plain) {
                if (!n.contains("/")) {
                    return n;
                }
            }
        }
        return String.join(",", plain);
    }
}
