package io.jcompose.runtime.api.container;

import io.jcompose.runtime.api.ApiException;
import io.jcompose.runtime.api.ApiRequest;
import io.jcompose.runtime.api.ApiResponse;
import io.jcompose.runtime.api.Route;
import io.jcompose.runtime.container.ContainerRecord;
import io.jcompose.runtime.container.ContainerStatus;
import io.jcompose.runtime.container.ContainerStore;
import io.jcompose.runtime.container.stats.ProcessTable;
import java.io.IOException;
import java.nio.file.NoSuchFileException;

/** {@code GET /containers/{id}/top?ps_args=}: the processes of a running (or paused) container, as ps shows them. */
public final class TopRoute {

    private final ContainerStore store;
    private final ProcessTable table;

    public TopRoute(ContainerStore store, ProcessTable table) {
        this.store = store;
        this.table = table;
    }

    /** The route, with container errors mapped to docker's status codes. */
    public Route route() {
        return new Route("GET", "/containers/{id}/top", ContainerRoutes.guard(this::handle));
    }

    public ApiResponse handle(ApiRequest request) throws IOException {
        ContainerRecord r = store.find(request.pathParam("id"));
        ContainerStatus status = r.state().status();
        if (status == ContainerStatus.RESTARTING) {
            throw new ApiException(409, "Container " + r.id() + " is restarting, wait until the container is running");
        }
        if (status != ContainerStatus.RUNNING && status != ContainerStatus.PAUSED) {
            throw notRunning(r);
        }
        try {
            return ApiResponse.json(200, table.top(r.id().hex(), request.queryParam("ps_args").orElse("")));
        } catch (NoSuchFileException e) {
            throw notRunning(r); // it stopped while we looked
        }
    }

    private static ApiException notRunning(ContainerRecord r) {
        return new ApiException(409, "Container " + r.id() + " is not running");
    }
}
