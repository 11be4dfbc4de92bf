package io.jcompose.runtime.api.events;

import io.jcompose.runtime.api.ApiException;
import io.jcompose.runtime.api.ApiRequest;
import io.jcompose.runtime.api.ApiResponse;
import io.jcompose.runtime.api.FilterArgs;
import io.jcompose.runtime.api.Route;
import io.jcompose.runtime.events.EngineEvent;
import io.jcompose.runtime.events.EventLog;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@code GET /events}: docker's event stream, one JSON object per line, with {@code since} (replay of the kept
 * events), {@code until} (the stream ends then) and filters (type, event, container, image, label, network).
 */
public final class EventsRoute {

    private static final Set<String> FILTERS = Set.of("type", "event", "container", "image", "label", "network",
            "scope", "daemon");

    private final EventLog log;
    private final Clock clock;

    public EventsRoute(EventLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    public Route route() {
        return new Route("GET", "/events", this::handle);
    }

    ApiResponse handle(ApiRequest request) {
        Map<String, List<String>> filters = FilterArgs.parse(request.queryParam("filters"), FILTERS);
        Optional<Instant> since = time(request, "since");
        Optional<Instant> until = time(request, "until");
        return ApiResponse.stream(200, "application/json", out -> {
            LinkedBlockingQueue<EngineEvent> queue = new LinkedBlockingQueue<>();
            EventLog.Subscription subscription = log.subscribe(queue::add);
            try {
                out.flush();
                if (since.isPresent()) {
                    for (EngineEvent e : subscription.past()) {
                        if (!e.time().isBefore(since.get()) && until.map(u -> !e.time().isAfter(u)).orElse(true)
                                && matches(e, filters)) {
                            write(out, e);
                        }
                    }
                    out.flush();
                }
                stream(out, queue, filters, until);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                subscription.cancel().run();
            }
        });
    }

    private void stream(OutputStream out, LinkedBlockingQueue<EngineEvent> queue, Map<String, List<String>> filters,
            Optional<Instant> until) throws IOException, InterruptedException {
        while (true) {
            if (until.isPresent() && !clock.instant().isBefore(until.get())) {
                return;
            }
            EngineEvent e = queue.poll(1, TimeUnit.SECONDS);
            if (e == null) {
                out.flush(); // a client that went away shows up here
                continue;
            }
            if (until.isPresent() && e.time().isAfter(until.get())) {
                return;
            }
            if (matches(e, filters)) {
                write(out, e);
                out.flush();
            }
        }
    }

    private static void write(OutputStream out, EngineEvent e) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        if (e.type().equals("container")) {
            json.put("status", e.action());
            json.put("id", e.actorId());
            json.put("from", e.attributes().getOrDefault("image", ""));
        }
        json.put("Type", e.type());
        json.put("Action", e.action());
        json.put("Actor", Map.of("ID", e.actorId(), "Attributes", e.attributes()));
        json.put("scope", "local");
        json.put("time", e.time().getEpochSecond());
        json.put("timeNano", e.time().getEpochSecond() * 1_000_000_000L + e.time().getNano());
        out.write(ApiResponse.jsonBytes(json));
        out.write('\n');
    }

    static boolean matches(EngineEvent e, Map<String, List<String>> filters) {
        if (!anyOf(filters, "type", e.type()) || !anyOf(filters, "scope", "local")) {
            return false;
        }
        List<String> actions = filters.getOrDefault("event", List.of());
        if (!actions.isEmpty() && actions.stream().noneMatch(a -> e.action().equals(a)
                || e.action().startsWith(a + ":"))) {
            return false;
        }
        String name = e.attributes().getOrDefault("name", "");
        List<String> containers = filters.getOrDefault("container", List.of());
        if (!containers.isEmpty() && (!e.type().equals("container") || containers.stream()
                .noneMatch(c -> e.actorId().startsWith(c) || name.equals(c)))) {
            return false;
        }
        List<String> networks = filters.getOrDefault("network", List.of());
        if (!networks.isEmpty() && (!e.type().equals("network") || networks.stream()
                .noneMatch(n -> e.actorId().startsWith(n) || name.equals(n)))) {
            return false;
        }
        List<String> images = filters.getOrDefault("image", List.of());
        if (!images.isEmpty() && images.stream().noneMatch(i -> i.equals(e.attributes().get("image")))) {
            return false;
        }
        for (String label : filters.getOrDefault("label", List.of())) {
            if (!FilterArgs.labelMatches(label, e.attributes())) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyOf(Map<String, List<String>> filters, String key, String value) {
        List<String> wanted = filters.getOrDefault(key, List.of());
        return wanted.isEmpty() || wanted.contains(value);
    }

    /** Docker's {@code since}/{@code until}: unix seconds with an optional fraction. */
    private static Optional<Instant> time(ApiRequest request, String name) {
        Optional<String> value = request.queryParam(name).filter(v -> !v.isEmpty());
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            String[] parts = value.get().split("\\.");
            long seconds = Long.parseLong(parts[0]);
            long nanos = parts.length > 1 ? Long.parseLong((parts[1] + "000000000").substring(0, 9)) : 0;
            return Optional.of(Instant.ofEpochSecond(seconds, nanos));
        } catch (NumberFormatException e) {
            throw new ApiException(400, "invalid value for " + name + ": " + value.get());
        }
    }
}
