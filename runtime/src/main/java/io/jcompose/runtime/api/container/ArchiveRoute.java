package io.jcompose.runtime.api.container;

import io.jcompose.runtime.api.ApiRequest;
import io.jcompose.runtime.api.ApiResponse;
import io.jcompose.runtime.api.Route;
import io.jcompose.runtime.container.archive.ContainerArchives;
import io.jcompose.runtime.container.archive.PathStat;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Docker's {@code /containers/{id}/archive}, what {@code docker cp} calls: HEAD stats a path (the stat travels
 * base64-encoded in {@code X-Docker-Container-Path-Stat}), GET also returns its tar, PUT extracts a tar into a
 * directory of the container.
 */
public final class ArchiveRoute {

    private final ContainerArchives archives;

    public ArchiveRoute(ContainerArchives archives) {
        this.archives = archives;
    }

    /** HEAD comes first: the router would otherwise answer HEAD with the GET route. */
    public List<Route> routes() {
        return List.of(
                new Route("HEAD", "/containers/{id}/archive", ContainerRoutes.guard(this::head)),
                new Route("GET", "/containers/{id}/archive", ContainerRoutes.guard(this::get)),
                new Route("PUT", "/containers/{id}/archive", ContainerRoutes.guard(this::put)));
    }

    ApiResponse head(ApiRequest request) throws IOException {
        PathStat stat = archives.stat(request.pathParam("id"), path(request));
        return ApiResponse.empty(200).withHeaders(Map.of(PathStat.HEADER, stat.header()));
    }

    ApiResponse get(ApiRequest request) throws IOException {
        String id = request.pathParam("id");
        String path = path(request);
        PathStat stat = archives.stat(id, path);
        return ApiResponse.stream(200, "application/x-tar", out -> archives.archive(id, path, out))
                .withHeaders(Map.of(PathStat.HEADER, stat.header()));
    }

    ApiResponse put(ApiRequest request) throws IOException {
        archives.extract(request.pathParam("id"), path(request), bool(request, "noOverwriteDirNonDir"),
                bool(request, "copyUIDGID"), request.body());
        return ApiResponse.empty(200);
    }

    private static String path(ApiRequest request) {
        return request.queryParam("path").orElse("");
    }

    /** Docker's form booleans: anything but empty, {@code 0}, {@code no}, {@code false} or {@code none}. */
    static boolean bool(ApiRequest request, String name) {
        String value = request.queryParam(name).orElse("").strip().toLowerCase(Locale.ROOT);
        return !(value.isEmpty() || value.equals("0") || value.equals("no") || value.equals("false")
                || value.equals("none"));
    }
}
