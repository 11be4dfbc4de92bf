package io.jcompose.cli.compose;

import io.jcompose.engine.api.client.EngineApiException;
import io.jcompose.engine.api.client.NetworkApi;
import io.jcompose.engine.api.json.EndpointSettingsJson;
import io.jcompose.engine.api.json.NetworkCreateJson;
import io.jcompose.engine.api.json.NetworkJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An in-memory network API that records its calls into a shared log. */
final class FakeNetworks implements NetworkApi {

    final List<String> calls;
    final Map<String, NetworkJson> networks = new LinkedHashMap<>();
    final List<NetworkCreateJson> bodies = new ArrayList<>();

    FakeNetworks(List<String> calls) {
        this.calls = calls;
    }

    @Override
    public synchronized List<NetworkJson> list(Map<String, List<String>> filters) {
        return List.copyOf(networks.values());
    }

    @Override
    public synchronized NetworkJson inspect(String idOrName) throws EngineApiException {
        return networks.values().stream().filter(n -> n.id().equals(idOrName) || n.name().equals(idOrName))
                .findFirst().orElseThrow(() -> EngineApiException.response(404, "network " + idOrName + " not found"));
    }

    @Override
    public synchronized String create(NetworkCreateJson body) {
        calls.add("create network " + body.name());
        bodies.add(body);
        String id = "net" + networks.size();
        networks.put(id, new NetworkJson(body.name(), id, "", "local", "bridge", false, null, false, false, false,
                false, Map.of(), Map.of(), body.labels()));
        return id;
    }

    @Override
    public synchronized void remove(String idOrName) throws EngineApiException {
        NetworkJson n = inspect(idOrName);
        calls.add("remove network " + n.name());
        networks.remove(n.id());
    }

    @Override
    public List<String> prune(Map<String, List<String>> filters) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void connect(String network, String container, EndpointSettingsJson endpoint) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void disconnect(String network, String container, boolean force) {
        throw new UnsupportedOperationException();
    }
}
