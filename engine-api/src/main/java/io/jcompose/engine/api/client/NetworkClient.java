package io.jcompose.engine.api.client;

import io.jcompose.engine.api.json.EndpointSettingsJson;
import io.jcompose.engine.api.json.NetworkConnectJson;
import io.jcompose.engine.api.json.NetworkCreateJson;
import io.jcompose.engine.api.json.NetworkJson;
import io.jcompose.engine.api.transport.StreamingResponse;
import io.jcompose.engine.api.transport.StreamingUnixSocketHttp;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * {@link NetworkApi} over the engine's UNIX socket, beside {@link ContainerClient} and sharing its rules: names
 * and IDs are path segments that no input can escape, bodies are JSON, filters are JSON in the query.
 */
public final class NetworkClient implements NetworkApi {

    private static final Map<String, String> JSON_BODY = Map.of("Content-Type", "application/json");

    private final StreamingUnixSocketHttp http;

    public NetworkClient(Path socket) {
        this.http = new StreamingUnixSocketHttp(socket);
    }

    @Override
    public List<NetworkJson> list(Map<String, List<String>> filters) throws IOException {
        JsonNode list = json("GET", filtered(ApiTarget.of("/networks"), filters), null);
        List<NetworkJson> out = new ArrayList<>();
        for (JsonNode n : list) {
            out.add(EngineClient.JSON.treeToValue(n, NetworkJson.class));
        }
        return List.copyOf(out);
    }

    @Override
    public NetworkJson inspect(String idOrName) throws IOException {
        return EngineClient.JSON.treeToValue(json("GET", ApiTarget.of(path(idOrName)), null), NetworkJson.class);
    }

    @Override
    public String create(NetworkCreateJson body) throws IOException {
        JsonNode created = json("POST", ApiTarget.of("/networks/create"), EngineClient.JSON.writeValueAsBytes(body));
        return created.path("Id").asString();
    }

    @Override
    public void remove(String idOrName) throws IOException {
        json("DELETE", ApiTarget.of(path(idOrName)), null);
    }

    @Override
    public List<String> prune(Map<String, List<String>> filters) throws IOException {
        JsonNode report = json("POST", filtered(ApiTarget.of("/networks/prune"), filters), null);
        List<String> deleted = new ArrayList<>();
        report.path("NetworksDeleted").forEach(n -> deleted.add(n.asString()));
        return List.copyOf(deleted);
    }

    @Override
    public void connect(String network, String container, EndpointSettingsJson endpoint) throws IOException {
        json("POST", ApiTarget.of(path(network) + "/connect"),
                EngineClient.JSON.writeValueAsBytes(new NetworkConnectJson(container, endpoint, null)));
    }

    @Override
    public void disconnect(String network, String container, boolean force) throws IOException {
        json("POST", ApiTarget.of(path(network) + "/disconnect"),
                EngineClient.JSON.writeValueAsBytes(new NetworkConnectJson(container, null, force)));
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

    private static String path(String idOrName) {
        return "/networks/" + ContainerClient.segment(idOrName);
    }
}
