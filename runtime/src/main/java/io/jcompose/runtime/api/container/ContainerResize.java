package io.jcompose.runtime.api.container;

import io.jcompose.runtime.api.ApiException;
import io.jcompose.runtime.api.ApiRequest;
import io.jcompose.runtime.api.ApiResponse;
import io.jcompose.runtime.container.ContainerRecord;
import io.jcompose.runtime.container.Containers;
import io.jcompose.runtime.container.monitor.ConmonControl;
import java.io.IOException;

/**
 * {@code POST /containers/{id}/resize?h=&w=}, which docker's CLI sends when it starts or attaches to a container with
 * a terminal and whenever the user's window changes: conmon, which holds the terminal, is told the new size.
 */
final class ContainerResize {

    private final Containers containers;

    ContainerResize(Containers containers) {
        this.containers = containers;
    }

    ApiResponse handle(ApiRequest request) throws IOException {
        int height = dimension(request, "h");
        int width = dimension(request, "w");
        ContainerRecord record = containers.store().find(request.pathParam("id"));
        if (!record.state().status().isAlive()) {
            throw notRunning(record);
        }
        if (!record.tty() || height == 0 || width == 0) {
            return ApiResponse.empty(200); // nothing to size (docker ignores it too)
        }
        if (!ConmonControl.resize(containers.store().layout(record.id()).bundle(), height, width)) {
            throw notRunning(record);
        }
        return ApiResponse.empty(200);
    }

    private static ApiException notRunning(ContainerRecord record) {
        return new ApiException(409, "Container " + record.id().hex() + " is not running");
    }

    private static int dimension(ApiRequest request, String name) {
        String value = request.queryParam(name).orElse("");
        try {
            int n = Integer.parseInt(value);
            if (n < 0 || n > 65535) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ApiException(400, "invalid " + name + " \"" + value + "\": not a terminal size");
        }
    }
}
