package io.jcompose.runtime.engine;

import io.jcompose.runtime.api.ApiRequest;
import io.jcompose.runtime.api.ApiResponse;
import io.jcompose.runtime.api.Route;
import io.jcompose.runtime.volume.DiskUsage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /system/df} ({@code docker system df}): the engine's images, containers and volumes as their own list
 * endpoints answer them, asked in-process so the shapes cannot drift, plus what only this endpoint has: how many
 * containers use each image, each volume's size and reference count, the layers' total size. No build cache is
 * kept apart from images, so {@code BuildCache} is empty.
 */
public final class SystemDfRoute {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<Route> routes;

    /** {@code routes}: the engine's other routes, where the list endpoints are found. */
    public SystemDfRoute(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    public Route route() {
        return new Route("GET", "/system/df", this::handle);
    }

    ApiResponse handle(ApiRequest request) throws Exception {
        ArrayNode images = list("/images/json", request, Map.of("all", List.of("1")));
        ArrayNode containers = list("/containers/json", request, Map.of("all", List.of("1"), "size", List.of("1")));
        JsonNode volumesBody = call("/volumes", request, Map.of());
        ArrayNode volumes = volumesBody != null && volumesBody.path("Volumes").isArray()
                ? (ArrayNode) volumesBody.path("Volumes") : JSON.createArrayNode();
        Map<String, Integer> imageUsers = new HashMap<>();
        Map<String, Integer> volumeUsers = new HashMap<>();
        for (JsonNode c : containers) {
            imageUsers.merge(c.path("ImageID").asString(""), 1, Integer::sum);
            for (JsonNode m : c.path("Mounts")) {
                if ("volume".equals(m.path("Type").asString("")) && !m.path("Name").asString("").isEmpty()) {
                    volumeUsers.merge(m.path("Name").asString(""), 1, Integer::sum);
                }
            }
        }
        long layers = 0;
        for (JsonNode i : images) {
            ((ObjectNode) i).put("Containers", imageUsers.getOrDefault(i.path("Id").asString(""), 0));
            layers += i.path("Size").asLong(0);
        }
        for (JsonNode v : volumes) {
            long size = -1;
            String mountpoint = v.path("Mountpoint").asString("");
            if (!mountpoint.isEmpty()) {
                try {
                    size = DiskUsage.of(Path.of(mountpoint));
                } catch (IOException e) {
                    size = -1; // docker's "unknown"
                }
            }
            ObjectNode usage = JSON.createObjectNode();
            usage.put("Size", size);
            usage.put("RefCount", volumeUsers.getOrDefault(v.path("Name").asString(""), 0));
            ((ObjectNode) v).set("UsageData", usage);
        }
        ObjectNode out = JSON.createObjectNode();
        out.put("LayersSize", layers);
        out.set("Images", images);
        out.set("Containers", containers);
        out.set("Volumes", volumes);
        out.set("BuildCache", JSON.createArrayNode());
        return ApiResponse.json(200, out);
    }

    private ArrayNode list(String path, ApiRequest request, Map<String, List<String>> query) throws Exception {
        JsonNode body = call(path, request, query);
        return body != null && body.isArray() ? (ArrayNode) body : JSON.createArrayNode();
    }

    /** The JSON another route answers for a GET of {@code path}; null when none serves it. */
    private JsonNode call(String path, ApiRequest request, Map<String, List<String>> query) throws Exception {
        for (Route r : routes) {
            Optional<Map<String, String>> params = r.method().equals("GET") ? r.match(path) : Optional.empty();
            if (params.isPresent()) {
                ApiResponse answer = r.handler().handle(new ApiRequest("GET", path, params.get(), query,
                        Map.of(), request.apiVersion(), null));
                return answer.body() == null ? null : JSON.readTree(answer.body());
            }
        }
        return null;
    }
}
