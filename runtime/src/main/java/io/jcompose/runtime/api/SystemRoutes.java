package io.jcompose.runtime.api;

import io.jcompose.engine.api.ApiVersions;
import io.jcompose.engine.api.json.VersionJson;
import java.util.List;
import java.util.Map;

/** {@code /_ping} and {@code /version}: what every client calls first to find and negotiate with an engine. */
public final class SystemRoutes {

    private final String engineVersion;

    public SystemRoutes(String engineVersion) {
        this.engineVersion = engineVersion;
    }

    public List<Route> routes() {
        return List.of(
                new Route("GET", "/_ping", r -> ApiResponse.text(200, "OK").withHeaders(Map.of(
                        "Cache-Control", "no-cache, no-store, must-revalidate", "Pragma", "no-cache"))),
                new Route("GET", "/version", r -> ApiResponse.json(200, version())));
    }

    VersionJson version() {
        String arch = switch (System.getProperty("os.arch")) {
            case "amd64", "x86_64" -> "amd64";
            case "aarch64" -> "arm64";
            default -> System.getProperty("os.arch");
        };
        String kernel = System.getProperty("os.version");
        return new VersionJson(Map.of("Name", "jcompose engine"),
                List.of(new VersionJson.Component("Engine", engineVersion, Map.of(
                        "ApiVersion", ApiVersions.CURRENT, "MinAPIVersion", ApiVersions.MINIMUM,
                        "Os", "linux", "Arch", arch, "KernelVersion", kernel))),
                engineVersion, ApiVersions.CURRENT, ApiVersions.MINIMUM, "", "java" + Runtime.version().feature(),
                "linux", arch, kernel, "");
    }
}
