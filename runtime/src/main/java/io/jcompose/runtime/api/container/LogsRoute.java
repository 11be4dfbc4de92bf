package io.jcompose.runtime.api.container;

import io.jcompose.runtime.api.ApiException;
import io.jcompose.runtime.api.ApiRequest;
import io.jcompose.runtime.api.ApiResponse;
import io.jcompose.runtime.container.ContainerRecord;
import io.jcompose.runtime.container.Containers;
import io.jcompose.runtime.container.log.FramedLogSink;
import io.jcompose.runtime.container.log.LogQuery;
import io.jcompose.runtime.container.log.LogReader;
import java.nio.file.Files;

/**
 * {@code GET /containers/{id}/logs}: the container's log file read with docker's query (streams, tail, since,
 * until, timestamps, follow), framed as docker's multiplexed stream, or raw for a TTY container. Following ends
 * when the container stops.
 */
public final class LogsRoute {

    /** How often a follower looks for new lines: short, so `run` prints output and ends promptly. */
    private static final java.time.Duration FOLLOW_POLL = java.time.Duration.ofMillis(25);

    private final Containers containers;

    public LogsRoute(Containers containers) {
        this.containers = containers;
    }

    public ApiResponse handle(ApiRequest request) {
        ContainerRecord record = containers.store().find(request.pathParam("id"));
        LogQuery query;
        try {
            query = LogQuery.fromApi(request::queryParam);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, e.getMessage());
        }
        if (!query.stdout() && !query.stderr()) {
            throw new ApiException(400, "Bad parameters: you must choose at least one stream");
        }
        var layout = containers.store().layout(record.id());
        boolean tty = record.tty();
        String type = tty ? "application/vnd.docker.raw-stream" : "application/vnd.docker.multiplexed-stream";
        return ApiResponse.stream(200, type, out -> {
            FramedLogSink sink = new FramedLogSink(out, tty, query.timestamps());
            out.flush();
            if (!Files.exists(layout.log())) {
                return;
            }
            LogReader reader = new LogReader(layout.log(), FOLLOW_POLL, java.time.Clock.systemUTC());
            if (!query.follow()) {
                reader.read(query, sink);
                return;
            }
            try {
                reader.read(query, sink, () -> !running(record));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private boolean running(ContainerRecord record) {
        return containers.store().lookup(record.id().hex())
                .map(r -> r.state().status().isAlive()
                        || r.state().status() == io.jcompose.runtime.container.ContainerStatus.RESTARTING)
                .orElse(false);
    }
}
