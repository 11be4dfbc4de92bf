package io.jcompose.cli.compose;

import io.jcompose.engine.api.client.EngineApiException;
import io.jcompose.engine.api.client.VolumeApi;
import io.jcompose.engine.api.json.VolumeCreateJson;
import io.jcompose.engine.api.json.VolumeJson;
import io.jcompose.engine.api.json.VolumePruneJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An in-memory volume API that records its calls into a shared log. */
final class FakeVolumes implements VolumeApi {

    final List<String> calls;
    final Map<String, VolumeJson> volumes = new LinkedHashMap<>();
    final List<VolumeCreateJson> bodies = new ArrayList<>();

    FakeVolumes(List<String> calls) {
        this.calls = calls;
    }

    synchronized void add(String name, Map<String, String> labels) {
        volumes.put(name, new VolumeJson(name, "local", "/v/" + name, "", labels, "local", Map.of(), null));
    }

    @Override
    public synchronized List<VolumeJson> list(Map<String, List<String>> filters) {
        return List.copyOf(volumes.values());
    }

    @Override
    public synchronized VolumeJson inspect(String name) throws EngineApiException {
        VolumeJson v = volumes.get(name);
        if (v == null) {
            throw EngineApiException.response(404, "get " + name + ": no such volume");
        }
        return v;
    }

    @Override
    public synchronized VolumeJson create(VolumeCreateJson body) {
        calls.add("create volume " + body.name());
        bodies.add(body);
        add(body.name(), body.labels());
        return volumes.get(body.name());
    }

    @Override
    public synchronized void remove(String name, boolean force) throws EngineApiException {
        inspect(name);
        calls.add("remove volume " + name + (force ? " -f" : ""));
        volumes.remove(name);
    }

    @Override
    public VolumePruneJson prune(Map<String, List<String>> filters) {
        throw new UnsupportedOperationException();
    }
}
