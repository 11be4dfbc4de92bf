package io.jcompose.cli.network;

import io.jcompose.cli.container.FormatRow;
import io.jcompose.engine.api.json.NetworkJson;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** One network as {@code docker network ls} shows it: the fields its templates name, IDs cut to 12 characters. */
record NetworkRow(Map<String, String> fields) implements FormatRow {

    static final String DEFAULT_TABLE = "table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}";
    static final Map<String, String> HEADERS = Map.of("ID", "NETWORK ID", "Name", "NAME", "Driver", "DRIVER",
            "Scope", "SCOPE", "IPv4", "IPV4", "IPv6", "IPV6", "Internal", "INTERNAL", "Labels", "LABELS",
            "CreatedAt", "CREATED AT");
    private static final DateTimeFormatter GO_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static NetworkRow of(NetworkJson n, boolean noTrunc) {
        Map<String, String> f = new TreeMap<>();
        String id = n.id() == null ? "" : n.id();
        f.put("ID", noTrunc || id.length() <= 12 ? id : id.substring(0, 12));
        f.put("Name", n.name() == null ? "" : n.name());
        f.put("Driver", n.driver() == null ? "" : n.driver());
        f.put("Scope", n.scope() == null ? "" : n.scope());
        f.put("IPv4", "true");
        f.put("IPv6", Boolean.toString(n.enableIpv6()));
        f.put("Internal", Boolean.toString(n.internal()));
        f.put("Labels", n.labels() == null ? "" : new TreeMap<>(n.labels()).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(",")));
        f.put("CreatedAt", goTime(n.created()));
        return new NetworkRow(Map.copyOf(f));
    }

    @Override
    public String field(String name) {
        return fields.get(name);
    }

    @Override
    public Map<String, String> fields() {
        return new TreeMap<>(fields);
    }

    /** An RFC 3339 time as Go's {@code time.Time.String()} prints it: {@code 2026-11-25 10:00:00.5 +0000 UTC}. */
    static String goTime(String rfc3339) {
        if (rfc3339 == null || rfc3339.isEmpty()) {
            return "";
        }
        OffsetDateTime t;
        try {
            t = OffsetDateTime.parse(rfc3339);
        } catch (DateTimeParseException e) {
            return rfc3339;
        }
        StringBuilder out = new StringBuilder(GO_TIME.format(t));
        if (t.getNano() != 0) {
            out.append('.').append(String.format("%09d", t.getNano()).replaceFirst("0+$", ""));
        }
        String offset = t.getOffset().equals(ZoneOffset.UTC) ? "+0000"
                : t.getOffset().getId().replace(":", "");
        return out.append(' ').append(offset).append(' ')
                .append(t.getOffset().equals(ZoneOffset.UTC) ? "UTC" : offset).toString();
    }
}
