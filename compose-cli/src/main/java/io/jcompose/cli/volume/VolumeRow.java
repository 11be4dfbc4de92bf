package io.jcompose.cli.volume;

import io.jcompose.cli.container.FormatRow;
import io.jcompose.engine.api.json.VolumeJson;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** One volume as {@code docker volume ls} shows it: the fields its templates name. */
record VolumeRow(Map<String, String> fields) implements FormatRow {

    static final String DEFAULT_TABLE = "table {{.Driver}}\t{{.Name}}";
    static final Map<String, String> HEADERS = Map.of("Name", "VOLUME NAME", "Driver", "DRIVER", "Scope", "SCOPE",
            "Mountpoint", "MOUNTPOINT", "Labels", "LABELS", "Links", "LINKS", "Size", "SIZE");

    static VolumeRow of(VolumeJson v) {
        Map<String, String> f = new TreeMap<>();
        f.put("Name", v.name() == null ? "" : v.name());
        f.put("Driver", v.driver() == null ? "" : v.driver());
        f.put("Scope", v.scope() == null ? "" : v.scope());
        f.put("Mountpoint", v.mountpoint() == null ? "" : v.mountpoint());
        f.put("Labels", v.labels() == null ? "" : new TreeMap<>(v.labels()).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(",")));
        f.put("Links", v.usageData() == null || v.usageData().refCount() < 0 ? "N/A"
                : Long.toString(v.usageData().refCount()));
        f.put("Size", "N/A");
        return new VolumeRow(Map.copyOf(f));
    }

    @Override
    public String field(String name) {
        return fields.get(name);
    }

    @Override
    public Map<String, String> fields() {
        return new TreeMap<>(fields);
    }
}
