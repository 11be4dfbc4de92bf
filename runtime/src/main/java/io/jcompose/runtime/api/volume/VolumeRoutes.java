package io.jcompose.runtime.api.volume;

import io.jcompose.engine.api.json.VolumeCreateJson;
import io.jcompose.engine.api.json.VolumeJson;
import io.jcompose.engine.api.json.VolumeListJson;
import io.jcompose.engine.api.json.VolumePruneJson;
import io.jcompose.runtime.api.ApiException;
import io.jcompose.runtime.api.ApiRequest;
import io.jcompose.runtime.api.ApiResponse;
import io.jcompose.runtime.api.FilterArgs;
import io.jcompose.runtime.api.Route;
import io.jcompose.runtime.volume.PruneReport;
import io.jcompose.runtime.volume.VolumeRecord;
import io.jcompose.runtime.volume.Volumes;
import io.jcompose.volumes.VolumeException;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Docker's volume endpoints over the engine's volumes: list (with filters), create, inspect, remove, prune. */
public final class VolumeRoutes {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final Set<String> LIST_FILTERS = Set.of("name", "label", "label!", "driver", "dangling");
    private static final Set<String> PRUNE_FILTERS = Set.of("label", "label!", "all");

    private final Volumes volumes;

    public VolumeRoutes(Volumes volumes) {
        this.volumes = volumes;
    }

    public List<Route> routes() {
        return List.of(
                new Route("GET", "/volumes", guard(this::list)),
                new Route("POST", "/volumes/create", guard(this::create)),
                new Route("POST", "/volumes/prune", guard(this::prune)),
                new Route("GET", "/volumes/{name}", guard(this::inspect)),
                new Route("DELETE", "/volumes/{name}", guard(this::remove)));
    }

    ApiResponse list(ApiRequest request) {
        VolumeFilter filter = VolumeFilter.of(FilterArgs.parse(request.queryParam("filters"), LIST_FILTERS));
        List<VolumeJson> out = new ArrayList<>();
        for (VolumeRecord r : volumes.list()) {
            if (filter.matches(r, () -> volumes.usedBy(r.name()).isEmpty())) {
                out.add(json(r, null));
            }
        }
        return ApiResponse.json(200, new VolumeListJson(out, List.of()));
    }

    ApiResponse create(ApiRequest request) throws IOException {
        VolumeCreateJson body;
        try {
            body = JSON.readValue(request.bodyBytes(), VolumeCreateJson.class);
        } catch (JacksonException e) {
            throw new ApiException(400, "invalid JSON in the volume config: " + e.getOriginalMessage());
        }
        if (body == null) {
            body = new VolumeCreateJson(null, null, null, null);
        }
        VolumeRecord r = volumes.create(body.name(), body.driver(), body.driverOpts(), body.labels());
        return ApiResponse.json(201, json(r, null));
    }

    ApiResponse inspect(ApiRequest request) {
        return ApiResponse.json(200, json(volumes.get(request.pathParam("name")), null));
    }

    ApiResponse remove(ApiRequest request) throws IOException {
        volumes.remove(request.pathParam("name"), request.flag("force"));
        return ApiResponse.empty(204);
    }

    /** Unused volumes: anonymous ones only from API 1.42 on unless {@code all=true}, every one before. */
    ApiResponse prune(ApiRequest request) throws IOException {
        Map<String, List<String>> filters = FilterArgs.parse(request.queryParam("filters"), PRUNE_FILTERS);
        boolean all = before142(request.apiVersion()) || filters.getOrDefault("all", List.of()).stream()
                .anyMatch(v -> v.equals("1") || v.equalsIgnoreCase("true"));
        VolumeFilter filter = VolumeFilter.of(filters);
        PruneReport report = volumes.prune(r -> (all || r.anonymous()) && filter.matches(r, () -> true));
        return ApiResponse.json(200, new VolumePruneJson(report.deleted(), report.spaceReclaimed()));
    }

    /** The API's view of a volume; {@code usage} only where docker shows it ({@code /system/df}). */
    public static VolumeJson json(VolumeRecord r, VolumeJson.UsageData usage) {
        return new VolumeJson(r.name(), r.driver(), r.mountpoint(),
                DateTimeFormatter.ISO_INSTANT.format(r.created().truncatedTo(ChronoUnit.SECONDS)), r.labels(),
                "local", r.options(), usage);
    }

    private static boolean before142(String version) {
        if (version == null || version.isEmpty()) {
            return false;
        }
        String[] parts = version.split("\\.");
        try {
            int major = Integer.parseInt(parts[0]);
            return major < 1 || major == 1 && parts.length > 1 && Integer.parseInt(parts[1]) < 42;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static Route.Handler guard(Route.Handler handler) {
        return request -> {
            try {
                return handler.handle(request);
            } catch (VolumeException e) {
                int status = switch (e.kind()) {
                    case NOT_FOUND -> 404;
                    case CONFLICT -> 409;
                    case INVALID -> 400;
                    case FAILED -> 500;
                };
                throw new ApiException(status, e.getMessage());
            }
        };
    }
}
