package io.jcompose.cli.compose;

import io.jcompose.cli.compose.plan.Labels;
import io.jcompose.engine.api.json.EventJson;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * A container event of the project as docker compose prints it: its text line
 * ({@code 2026-11-25 14:00:00.000000 container start ID (image=..., name=...)}) or its {@code --json} object,
 * the compose labels left out of the attributes.
 */
record EventLine(Instant time, String service, String container, String action, Map<String, String> attributes) {

    private static final DateTimeFormatter TEXT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    EventLine {
        attributes = Map.copyOf(attributes);
    }

    static EventLine of(EventJson e) {
        Map<String, String> attributes = new TreeMap<>();
        Map<String, String> all = e.actor() == null || e.actor().attributes() == null ? Map.of()
                : e.actor().attributes();
        all.forEach((k, v) -> {
            if (!k.startsWith("com.docker.compose.")) {
                attributes.put(k, v);
            }
        });
        Instant time = e.timeNano() != 0 ? Instant.ofEpochSecond(0, e.timeNano()) : Instant.ofEpochSecond(e.time());
        return new EventLine(time, all.getOrDefault(Labels.SERVICE, ""), e.actor() == null ? "" : e.actor().id(),
                e.action(), attributes);
    }

    /** Whether docker compose shows the event: a container's, and not a one-off container's. */
    static boolean shown(EventJson e) {
        return "container".equals(e.type()) && (e.actor() == null || e.actor().attributes() == null
                || !"True".equalsIgnoreCase(e.actor().attributes().get(Labels.ONEOFF)));
    }

    String text(ZoneId zone) {
        return TEXT_TIME.format(time.atZone(zone)) + " container " + action + " " + container + " ("
                + String.join(", ", new TreeMap<>(attributes).entrySet().stream()
                        .map(a -> a.getKey() + "=" + a.getValue()).toList()) + ")";
    }

    /** The object's keys in Go's map order: action, attributes, id, service, time, type. */
    String json(ZoneId zone) {
        Map<String, Object> m = new TreeMap<>();
        m.put("action", action);
        m.put("attributes", new TreeMap<>(attributes));
        m.put("id", container);
        m.put("service", service);
        m.put("time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.atZone(zone)));
        m.put("type", "container");
        return JSON.writeValueAsString(m);
    }
}
