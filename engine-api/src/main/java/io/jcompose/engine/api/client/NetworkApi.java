package io.jcompose.engine.api.client;

import io.jcompose.engine.api.json.EndpointSettingsJson;
import io.jcompose.engine.api.json.NetworkCreateJson;
import io.jcompose.engine.api.json.NetworkJson;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The network operations of the Docker Engine API, as {@code docker network} and compose use them; the one way a
 * front end reaches networks, so the same commands run against jcompose's engine and a Docker daemon. Engine
 * refusals throw {@link EngineApiException} with the engine's words (404 {@code network x not found}, 403 while
 * containers use a network, 409 for a taken name).
 */
public interface NetworkApi {

    /** {@code GET /networks?filters=}; filters as {@code docker network ls -f key=value} gives them. */
    List<NetworkJson> list(Map<String, List<String>> filters) throws IOException;

    /** {@code GET /networks/{id}}: by ID, ID prefix or name. */
    NetworkJson inspect(String idOrName) throws IOException;

    /** {@code POST /networks/create}: the new network's ID. */
    String create(NetworkCreateJson body) throws IOException;

    /** {@code DELETE /networks/{id}}. */
    void remove(String idOrName) throws IOException;

    /** {@code POST /networks/prune?filters=}: the names of the networks removed (no container used them). */
    List<String> prune(Map<String, List<String>> filters) throws IOException;

    /** {@code POST /networks/{id}/connect}; {@code endpoint} (aliases, a static address) may be null. */
    void connect(String network, String container, EndpointSettingsJson endpoint) throws IOException;

    /** {@code POST /networks/{id}/disconnect}. */
    void disconnect(String network, String container, boolean force) throws IOException;
}
