package io.jcompose.cli.training;

import io.jcompose.engine.api.ApiVersions;
import io.jcompose.engine.api.json.VersionJson;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which endpoint of the canned engine answers a request; everything else is docker's 404. */
final class CannedRoutes {

    private static final Pattern CONTAINER = Pattern.compile("^/containers/([^/]+)(?:/([a-z]+))?$");
    private static final Pattern NETWORK = Pattern.compile("^/networks/([^/]+)(?:/([a-z]+))?$");
    private static final Pattern VOLUME = Pattern.compile("^/volumes/([^/]+)$");
    private static final Pattern IMAGE = Pattern.compile("^/images/(.+)/json$");

    private final CannedResources resources;
    private final CannedContainers containers;

    CannedRoutes() {
        Clock clock = Clock.systemUTC();
        this.resources = new CannedResources(clock);
        this.containers = new CannedContainers(resources, clock);
    }

    CannedResponse answer(CannedRequest request) {
        String get = request.method().equals("HEAD") ? "GET" : request.method();
        String path = request.path();
        switch (get + " " + path) {
            case "GET /_ping":
                return CannedResponse.text("text/plain; charset=utf-8", "OK".getBytes(StandardCharsets.UTF_8));
            case "GET /version":
                return CannedResponse.ok(version());
            case "GET /info":
                return CannedResponse.ok(info());
            case "GET /events":
                return CannedResponse.text("application/json", new byte[0]);
            case "GET /containers/json":
                return containers.list(request);
            case "POST /containers/create":
                return containers.create(request);
            case "GET /networks":
                return resources.listNetworks(request);
            case "GET /volumes":
                return resources.listVolumes(request);
            case "GET /images/json":
                return resources.listImages();
            default:
                break;
        }
        Matcher m;
        if ((m = CONTAINER.matcher(path)).matches()) {
            return containers.act(request, m.group(1), m.group(2) == null ? "" : m.group(2));
        } else if ((m = NETWORK.matcher(path)).matches()) {
            return resources.network(request, m.group(1), m.group(2) == null ? "" : m.group(2));
        } else if ((m = VOLUME.matcher(path)).matches()) {
            return resources.volume(request, m.group(1));
        } else if ((m = IMAGE.matcher(path)).matches() && get.equals("GET")) {
            return resources.inspectImage(m.group(1));
        }
        return CannedResponse.error(404, "page not found");
    }

    private static VersionJson version() {
        return new VersionJson(Map.of("Name", "jcompose training engine"),
                List.of(new VersionJson.Component("Engine", "0.0.0-training", Map.of())), "0.0.0-training",
                ApiVersions.CURRENT, ApiVersions.MINIMUM, "training", "java", "linux", "amd64", "", "");
    }

    private static Map<String, Object> info() {
        return Map.of("ID", "training", "Containers", 0, "Images", 0, "Driver", "overlay2",
                "OperatingSystem", "canned", "OSType", "linux", "Architecture", "x86_64", "NCPU", 1,
                "MemTotal", 1L << 30, "ServerVersion", "0.0.0-training");
    }
}
