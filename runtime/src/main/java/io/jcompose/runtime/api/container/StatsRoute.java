package io.jcompose.runtime.api.container;

import io.jcompose.runtime.api.ApiException;
import io.jcompose.runtime.api.ApiRequest;
import io.jcompose.runtime.api.ApiResponse;
import io.jcompose.runtime.api.Route;
import io.jcompose.runtime.container.ContainerRecord;
import io.jcompose.runtime.container.ContainerStatus;
import io.jcompose.runtime.container.ContainerStore;
import io.jcompose.runtime.container.stats.ContainerStats;
import io.jcompose.runtime.container.stats.StatsSample;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code GET /containers/{id}/stats?stream=&one-shot=}: a stream of samples, one per interval (a second), each with
 * the one before as {@code precpu_stats}, until the client goes away or the container stops; {@code stream=0}
 * answers one sample taken an interval after a first (so CPU % can be computed), {@code one-shot=1} at once.
 */
public final class StatsRoute {

    private final ContainerStore store;
    private final ContainerStats stats;
    private final Duration interval;

    public StatsRoute(ContainerStore store, ContainerStats stats, Duration interval) {
        this.store = store;
        this.stats = stats;
        this.interval = interval;
    }

    /** Docker's one-second sampling. */
    public StatsRoute(ContainerStore store, ContainerStats stats) {
        this(store, stats, Duration.ofSeconds(1));
    }

    public Route route() {
        return new Route("GET", "/containers/{id}/stats", ContainerRoutes.guard(this::handle));
    }

    public ApiResponse handle(ApiRequest request) throws IOException, InterruptedException {
        ContainerRecord r = store.find(request.pathParam("id"));
        boolean stream = bool(request, "stream", true);
        boolean oneShot = bool(request, "one-shot", false);
        if (stream && oneShot) {
            throw new ApiException(400, "cannot have stream=true and one-shot=true");
        }
        String id = r.id().hex();
        String name = r.name().toString();
        if (!stream) {
            if (!running(id)) {
                return ApiResponse.json(200, ContainerStats.empty(id, name));
            }
            try {
                Optional<StatsSample> before = Optional.empty();
                if (!oneShot) {
                    before = Optional.of(stats.sample(id));
                    Thread.sleep(interval);
                }
                return ApiResponse.json(200, ContainerStats.json(id, name, stats.sample(id), before));
            } catch (NoSuchFileException e) {
                return ApiResponse.json(200, ContainerStats.empty(id, name));
            }
        }
        return ApiResponse.stream(200, "application/json", out -> streamTo(out, id, name));
    }

    private void streamTo(OutputStream out, String id, String name) throws IOException {
        Optional<StatsSample> previous = Optional.empty();
        try {
            while (running(id)) {
                StatsSample now;
                try {
                    now = stats.sample(id);
                } catch (NoSuchFileException e) {
                    break;
                }
                out.write(ApiResponse.jsonBytes(ContainerStats.json(id, name, now, previous)));
                out.write('\n');
                out.flush();
                previous = Optional.of(now);
                Thread.sleep(interval);
            }
            if (previous.isEmpty()) {
                out.write(ApiResponse.jsonBytes(ContainerStats.empty(id, name)));
                out.write('\n');
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean running(String id) {
        return store.lookup(id).map(r -> r.state().status() == ContainerStatus.RUNNING
                || r.state().status() == ContainerStatus.PAUSED).orElse(false);
    }

    /** Docker's boolean query values: absent or empty is the default; {@code 0}, {@code no}, {@code false}, {@code none} are false. */
    private static boolean bool(ApiRequest request, String name, boolean fallback) {
        return request.queryParam(name).filter(v -> !v.isEmpty())
                .map(v -> !(v.equals("0") || v.equalsIgnoreCase("no") || v.equalsIgnoreCase("false")
                        || v.equalsIgnoreCase("none")))
                .orElse(fallback);
    }
}
