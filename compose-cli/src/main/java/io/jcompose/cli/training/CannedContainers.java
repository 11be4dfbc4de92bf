package io.jcompose.cli.training;

import io.jcompose.engine.api.json.ContainerCreateJson;
import io.jcompose.engine.api.json.ContainerCreatedJson;
import io.jcompose.engine.api.json.ContainerSummaryJson;
import io.jcompose.engine.api.json.ContainerWaitJson;
import io.jcompose.engine.api.json.EndpointSettingsJson;
import io.jcompose.engine.api.stream.StreamFrames;
import io.jcompose.engine.api.stream.StreamType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.DeserializationFeature;

/**
 * The canned engine's containers and the {@code /containers} endpoints: create, start, stop, kill, restart,
 * inspect, list, wait, logs and remove, each changing or showing the one in-memory state.
 */
final class CannedContainers {

    private final Map<String, CannedContainer> byId = new LinkedHashMap<>();
    private final CannedResources resources;
    private final Clock clock;

    CannedContainers(CannedResources resources, Clock clock) {
        this.resources = resources;
        this.clock = clock;
    }

    synchronized CannedResponse list(CannedRequest request) {
        Map<String, List<String>> filters = CannedIds.filters(request);
        boolean all = request.flag("all");
        List<ContainerSummaryJson> rows = new ArrayList<>();
        for (CannedContainer c : byId.values()) {
            if ((all || c.running()) && CannedIds.labelsMatch(filters, c.labels())
                    && CannedIds.nameMatches(filters, c.name())) {
                rows.add(c.summary(clock.instant()));
            }
        }
        return CannedResponse.ok(rows.reversed());
    }

    synchronized CannedResponse create(CannedRequest request) {
        ContainerCreateJson body = CannedResponse.JSON.readerFor(ContainerCreateJson.class)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(request.body());
        String id = CannedIds.next("container");
        String name = request.param("name").orElse("canned_" + id.substring(0, 12));
        if (find(name).isPresent()) {
            return CannedResponse.error(409, "Conflict. The container name \"/" + name + "\" is already in use");
        }
        Map<String, EndpointSettingsJson> endpoints = new LinkedHashMap<>();
        if (body.networkingConfig() != null && body.networkingConfig().endpoints() != null) {
            body.networkingConfig().endpoints().forEach((network, asked) -> endpoints.put(network,
                    resources.endpoint(network, asked, byId.size() + 2)));
        }
        byId.put(id, new CannedContainer(id, name, resources.imageId(body.config().image()), body, clock.instant(),
                "created", clock.instant(), endpoints));
        return CannedResponse.json(201, new ContainerCreatedJson(id, List.of()));
    }

    /** {@code /containers/{id}/ACTION} and {@code /containers/{id}}. */
    synchronized CannedResponse act(CannedRequest request, String idOrName, String action) {
        Optional<CannedContainer> found = find(idOrName);
        if (found.isEmpty()) {
            return CannedResponse.error(404, "No such container: " + idOrName);
        }
        CannedContainer c = found.get();
        return switch (request.method() + " " + action) {
            case "GET json" -> CannedResponse.ok(c.inspect());
            case "POST start" -> c.running() ? CannedResponse.empty(304) : change(c, "running");
            case "POST stop", "POST kill" -> c.running() ? change(c, "exited") : CannedResponse.empty(304);
            case "POST restart" -> change(c, "running");
            case "POST wait" -> CannedResponse.ok(new ContainerWaitJson(0, null));
            case "GET logs" -> logs(c);
            case "DELETE " -> remove(c, request.flag("force"));
            default -> CannedResponse.error(404, "page not found");
        };
    }

    private CannedResponse change(CannedContainer c, String state) {
        byId.put(c.id(), c.withState(state, clock.instant()));
        return CannedResponse.empty(204);
    }

    private CannedResponse remove(CannedContainer c, boolean force) {
        if (c.running() && !force) {
            return CannedResponse.error(409, "cannot remove container \"" + c.name()
                    + "\": container is running: stop the container before removing or force remove");
        }
        byId.remove(c.id());
        return CannedResponse.empty(204);
    }

    /** Two lines, one on each stream, framed as a container without a TTY writes them. */
    private static CannedResponse logs(CannedContainer c) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            StreamFrames.write(body, StreamType.STDOUT, ("started " + c.name() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            StreamFrames.write(body, StreamType.STDERR, "ready\n".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return CannedResponse.text(StreamFrames.MULTIPLEXED_CONTENT_TYPE, body.toByteArray());
    }

    /** By ID, name or a unique ID prefix, as the engine finds a container. */
    private Optional<CannedContainer> find(String idOrName) {
        String name = idOrName.startsWith("/") ? idOrName.substring(1) : idOrName;
        CannedContainer exact = byId.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        for (CannedContainer c : byId.values()) {
            if (c.name().equals(name)) {
                return Optional.of(c);
            }
        }
        List<CannedContainer> prefixed = byId.values().stream().filter(c -> c.id().startsWith(name)).toList();
        return prefixed.size() == 1 ? Optional.of(prefixed.getFirst()) : Optional.empty();
    }
}
