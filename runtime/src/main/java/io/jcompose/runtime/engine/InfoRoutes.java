package io.jcompose.runtime.engine;

import io.jcompose.runtime.api.ApiResponse;
import io.jcompose.runtime.api.Route;
import io.jcompose.runtime.engine.json.InfoJson;
import io.jcompose.runtime.image.store.ImageStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** {@code GET /info}: enough of Docker's system information for {@code docker info} and docker-compose. */
public final class InfoRoutes {

    private final String engineId;
    private final Path state;
    private final String version;
    private final HostFacts host;
    private final ImageStore images;

    public InfoRoutes(String engineId, Path state, String version, HostFacts host, ImageStore images) {
        this.engineId = engineId;
        this.state = state;
        this.version = version;
        this.host = host;
        this.images = images;
    }

    public List<Route> routes() {
        return List.of(new Route("GET", "/info", r -> ApiResponse.json(200, info())));
    }

    InfoJson info() {
        return new InfoJson(engineId, 0, 0, 0, 0, images.list().size(),
                "overlay2", List.of(List.of("Backing Filesystem", "extfs"), List.of("Supports d_type", "true")),
                new InfoJson.Plugins(List.of("local"), List.of("bridge", "host", "null"), null,
                        List.of("k8s-file")),
                true, true, true, true, true, true, true, true,
                false, 0, Thread.activeCount(), Instant.now().toString(), "k8s-file", "cgroupfs",
                host.cgroupVersion(), 0, host.kernelVersion(), host.operatingSystem(), host.osVersion(), "linux",
                host.architecture(), "https://index.docker.io/v1/",
                new InfoJson.RegistryConfig(List.of("::1/128", "127.0.0.0/8"), Map.of("docker.io",
                        new InfoJson.IndexConfig("docker.io", List.of(), true, true)), List.of()),
                host.cpus(), host.memTotal(), state.toString(), host.hostname(), List.of(), false, version,
                Map.of("runc", new InfoJson.Runtime("runc")), "runc",
                new InfoJson.Swarm("", "", "inactive", false, ""),
                false, "", "catatonit",
                new InfoJson.Commit(""), new InfoJson.Commit(""), new InfoJson.Commit(""),
                List.of(), List.of());
    }
}
