package io.jcompose.engine.api.client;

import io.jcompose.engine.api.json.VolumeCreateJson;
import io.jcompose.engine.api.json.VolumeJson;
import io.jcompose.engine.api.json.VolumeListJson;
import io.jcompose.engine.api.json.VolumePruneJson;
import io.jcompose.engine.api.transport.StreamingResponse;
import io.jcompose.engine.api.transport.StreamingUnixSocketHttp;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * {@link VolumeApi} over the engine's UNIX socket, sharing {@link NetworkClient}'s rules: names are path segments
 * that no input can escape, bodies are JSON, filters are JSON in the query.
 */
public final class VolumeClient implements VolumeApi {

    private static final Map<String, String> JSON_BODY = Map.of("Content-Type", "application/json");

    private final StreamingUnixSocketHttp http;

    public VolumeClient(Path socket) {
        this.http = new StreamingUnixSocketHttp(socket);
    }

    @Override
    public List<VolumeJson> list(Map<String, List<String>> filters) throws IOException {
        VolumeListJson list = EngineClient.JSON.treeToValue(
                json("GET", filtered(ApiTarget.of("/volumes"), filters), null), VolumeListJson.class);
        return list.volumes() == null ? List.of() : List.copyOf(list.volumes());
    }

    @Override
    public VolumeJson inspect(String name) throws IOException {
        return EngineClient.JSON.treeToValue(json("GET", ApiTarget.of(path(name)), null), VolumeJson.class);
    }

    @Override
    public VolumeJson create(VolumeCreateJson body) throws IOException {
        return EngineClient.JSON.treeToValue(
                json("POST", ApiTarget.of("/volumes/create"), EngineClient.JSON.writeValueAsBytes(body)),
                VolumeJson.class);
    }

    @Override
    public void remove(String name, boolean force) throws IOException {
        json("DELETE", ApiTarget.of(path(name)).flag("force", force), null);
    }

    @Override
    public VolumePruneJson prune(Map<String, List<String>> filters) throws IOException {
        VolumePruneJson report = EngineClient.JSON.treeToValue(
                json("POST", filtered(ApiTarget.of("/volumes/prune"), filters), null), VolumePruneJson.class);
        return new VolumePruneJson(report.volumesDeleted() == null ? List.of() : report.volumesDeleted(),
                report.spaceReclaimed());
    }

    private static ApiTarget filtered(ApiTarget target, Map<String, List<String>> filters) {
        return filters.isEmpty() ? target
                : target.param("filters", EngineClient.JSON.writeValueAsString(new TreeMap<>(filters)));
    }

    /** A request with a small JSON answer, or none (an empty body reads as JSON null). */
    private JsonNode json(String method, ApiTarget target, byte[] body) throws IOException {
        try (StreamingResponse r = http.open(method, target.build(), body == null ? Map.of() : JSON_BODY,
                body == null ? null : new ByteArrayInputStream(body))) {
            EngineClient.check(r);
            byte[] bytes = r.body().readAllBytes();
            return bytes.length == 0 ? EngineClient.JSON.nullNode() : EngineClient.parse(bytes);
        }
    }

    private static String path(String name) {
        return "/volumes/" + ContainerClient.segment(name);
    }
}
