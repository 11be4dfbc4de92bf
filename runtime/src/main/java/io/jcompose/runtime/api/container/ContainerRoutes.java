package io.jcompose.runtime.api.container;

import io.jcompose.engine.api.json.ContainerCreateJson;
import io.jcompose.engine.api.json.ContainerCreatedJson;
import io.jcompose.engine.api.json.ContainerSummaryJson;
import io.jcompose.engine.api.json.ContainerWaitJson;
import io.jcompose.runtime.api.ApiException;
import io.jcompose.runtime.api.ApiRequest;
import io.jcompose.runtime.api.ApiResponse;
import io.jcompose.runtime.api.Route;
import io.jcompose.runtime.container.ContainerException;
import io.jcompose.runtime.container.ContainerRecord;
import io.jcompose.runtime.container.ContainerStatus;
import io.jcompose.runtime.container.Containers;
import io.jcompose.runtime.container.Signal;
import io.jcompose.runtime.image.store.ImageException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Docker Engine API's container endpoints over the engine's container service: create, list, inspect, the
 * lifecycle (start, stop, restart, kill, pause, unpause, wait, rename, remove) and prune.
 */
public final class ContainerRoutes {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    private final Containers containers;
    private final Clock clock;
    private final Route.Handler logs;
    private final ContainerMounts mounts;

    public ContainerRoutes(Containers containers, Clock clock, Route.Handler logs) {
        this(containers, clock, logs, ContainerMounts.NONE);
    }

    /** {@code mounts}: each container's {@code Mounts} in inspect and list. */
    public ContainerRoutes(Containers containers, Clock clock, Route.Handler logs, ContainerMounts mounts) {
        this.containers = containers;
        this.clock = clock;
        this.logs = logs;
        this.mounts = mounts;
    }

    public List<Route> routes() {
        return List.of(
                new Route("POST", "/containers/create", guard(this::create)),
                new Route("GET", "/containers/json", guard(this::list)),
                new Route("POST", "/containers/prune", guard(this::prune)),
                new Route("GET", "/containers/{id}/json", guard(this::inspect)),
                new Route("GET", "/containers/{id}/logs", guard(logs)),
                new Route("POST", "/containers/{id}/start", guard(this::start)),
                new Route("POST", "/containers/{id}/stop", guard(this::stop)),
                new Route("POST", "/containers/{id}/restart", guard(this::restart)),
                new Route("POST", "/containers/{id}/kill", guard(this::kill)),
                new Route("POST", "/containers/{id}/pause", guard(r -> noContent(r, containers::pause))),
                new Route("POST", "/containers/{id}/unpause", guard(r -> noContent(r, containers::unpause))),
                new Route("POST", "/containers/{id}/wait", guard(this::await)),
                new Route("POST", "/containers/{id}/rename", guard(this::rename)),
                new Route("DELETE", "/containers/{id}", guard(this::remove)));
    }

    ApiResponse create(ApiRequest request) throws IOException {
        ContainerCreateJson body;
        try {
            body = JSON.readValue(request.bodyBytes(), ContainerCreateJson.class);
        } catch (JacksonException e) {
            throw new ApiException(400, "invalid JSON in the container config: " + e.getOriginalMessage());
        }
        if (body == null || body.config() == null) {
            throw new ApiException(400, "config cannot be empty in order to create a container");
        }
        ContainerRecord record = containers.create(request.queryParam("name"), body);
        return ApiResponse.json(201, new ContainerCreatedJson(record.id().hex(), List.of()));
    }

    ApiResponse list(ApiRequest request) {
        ContainerFilters filters = ContainerFilters.parse(request.queryParam("filters"));
        boolean all = request.flag("all");
        int limit = request.queryParam("limit").map(Integer::parseInt).orElse(-1);
        List<ContainerSummaryJson> out = new ArrayList<>();
        for (ContainerRecord r : containers.store().all()) {
            boolean running = r.state().status().isAlive() || r.state().status() == ContainerStatus.RESTARTING;
            if ((all || running || !filters.get("status").isEmpty() || limit > 0)
                    && filters.matches(r, containers.store()::find)) {
                out.add(ContainerJsonMapping.summary(r, clock, containers.health(r), containers.endpoints(r),
                        containers.ports(r), mounts.of(r)));
            }
            if (limit > 0 && out.size() == limit) {
                break;
            }
        }
        return ApiResponse.json(200, out);
    }

    ApiResponse inspect(ApiRequest request) {
        ContainerRecord r = containers.store().find(request.pathParam("id"));
        return ApiResponse.json(200, ContainerJsonMapping.inspect(r, containers.store().layout(r.id()),
                containers.health(r), containers.endpoints(r), containers.ports(r), mounts.of(r)));
    }

    ApiResponse start(ApiRequest request) throws IOException {
        return ApiResponse.empty(containers.start(request.pathParam("id")) ? 204 : 304);
    }

    ApiResponse stop(ApiRequest request) throws IOException {
        boolean stopped = containers.stop(request.pathParam("id"), timeout(request), signal(request));
        return ApiResponse.empty(stopped ? 204 : 304);
    }

    ApiResponse restart(ApiRequest request) throws IOException {
        containers.restart(request.pathParam("id"), timeout(request), signal(request));
        return ApiResponse.empty(204);
    }

    ApiResponse kill(ApiRequest request) throws IOException {
        containers.kill(request.pathParam("id"), signal(request).orElse(Signal.SIGKILL));
        return ApiResponse.empty(204);
    }

    /** The status line goes out at once (clients wait on it in parallel with start); the body at the exit. */
    ApiResponse await(ApiRequest request) {
        var exit = containers.wait(request.pathParam("id"), request.queryParam("condition").orElse(""));
        return ApiResponse.stream(200, "application/json", out -> {
            out.flush();
            ContainerWaitJson answer;
            try {
                answer = new ContainerWaitJson(exit.get(), null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                answer = new ContainerWaitJson(-1, new ContainerWaitJson.WaitError(e.getCause().getMessage()));
            }
            out.write(ApiResponse.jsonBytes(answer));
            out.write('\n');
        });
    }

    ApiResponse rename(ApiRequest request) throws IOException {
        String name = request.queryParam("name").filter(n -> !n.isEmpty())
                .orElseThrow(() -> new ApiException(400, "new name is required"));
        containers.rename(request.pathParam("id"), name);
        return ApiResponse.empty(204);
    }

    ApiResponse remove(ApiRequest request) throws IOException {
        containers.remove(request.pathParam("id"), request.flag("force"), request.flag("v"));
        return ApiResponse.empty(204);
    }

    ApiResponse prune(ApiRequest request) throws IOException {
        ContainerFilters filters = ContainerFilters.parse(request.queryParam("filters"));
        List<String> deleted = new ArrayList<>();
        for (ContainerRecord r : containers.store().all()) {
            if (r.state().status() == ContainerStatus.EXITED || r.state().status() == ContainerStatus.CREATED
                    || r.state().status() == ContainerStatus.DEAD) {
                if (filters.matches(r, containers.store()::find)) {
                    containers.remove(r.id().hex(), false);
                    deleted.add(r.id().hex());
                }
            }
        }
        return ApiResponse.json(200, Map.of("ContainersDeleted", deleted, "SpaceReclaimed", 0));
    }

    private static ApiResponse noContent(ApiRequest request, IdAction action) throws IOException {
        action.run(request.pathParam("id"));
        return ApiResponse.empty(204);
    }

    private static Optional<Duration> timeout(ApiRequest request) {
        Optional<String> t = request.queryParam("t").or(() -> request.queryParam("timeout"));
        try {
            return t.map(v -> Duration.ofSeconds(Integer.parseInt(v) < 0 ? 365L * 24 * 3600 : Integer.parseInt(v)));
        } catch (NumberFormatException e) {
            throw new ApiException(400, "invalid value for timeout: " + t.get());
        }
    }

    private static Optional<Signal> signal(ApiRequest request) {
        return request.queryParam("signal").filter(s -> !s.isEmpty()).map(ContainerRoutes::parseSignal);
    }

    private static Signal parseSignal(String text) {
        try {
            return Signal.of(text);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, e.getMessage());
        }
    }

    /** Container and image errors to docker's status codes. */
    static Route.Handler guard(Route.Handler handler) {
        return request -> {
            try {
                return handler.handle(request);
            } catch (ContainerException e) {
                int status = switch (e.kind()) {
                    case NOT_FOUND -> 404;
                    case CONFLICT -> 409;
                    case INVALID -> 400;
                    case FAILED -> 500;
                };
                throw new ApiException(status, e.getMessage());
            } catch (ImageException.NotFound e) {
                throw new ApiException(404, e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new ApiException(400, e.getMessage());
            }
        };
    }

    @FunctionalInterface
    private interface IdAction {
        void run(String id) throws IOException;
    }
}
