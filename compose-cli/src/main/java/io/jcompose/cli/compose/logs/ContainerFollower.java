package io.jcompose.cli.compose.logs;

import io.jcompose.engine.api.client.ContainerApi;
import io.jcompose.engine.api.client.EngineApiException;
import io.jcompose.engine.api.client.LogsOptions;
import io.jcompose.engine.api.json.ContainerInspectJson;
import java.io.IOException;
import java.time.Duration;

/**
 * Prints one container's log through the printer. Following, it goes on across restarts: the engine keeps a
 * follow open while a container restarts, and should the follow end in the instant between the exit and the
 * restart, it is opened again just after the last line seen (lines are asked for with timestamps for that).
 */
final class ContainerFollower {

    /** How long an exited container may take to be marked restarting by its restart policy. */
    private static final Duration RESTART_GRACE = Duration.ofMillis(300);

    private final ContainerApi containers;
    private final LogPrinter printer;
    private final ContainerExits exits;

    ContainerFollower(ContainerApi containers, LogPrinter printer, ContainerExits exits) {
        this.containers = containers;
        this.printer = printer;
        this.exits = exits;
    }

    void run(LoggedContainer c, LogsOptions options) throws IOException, InterruptedException {
        LogsOptions query = options.withTimestamps(true);
        while (true) {
            LineSink out = new LineSink((ts, text) -> printer.line(c.name(), ts, text, false));
            LineSink err = new LineSink((ts, text) -> printer.line(c.name(), ts, text, true));
            try {
                containers.logs(c.id(), query, out, err);
            } catch (EngineApiException e) {
                if (e.isNotFound()) {
                    return;
                }
                throw e;
            } finally {
                out.close();
                err.close();
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException();
            }
            if (!query.follow()) {
                return;
            }
            ContainerInspectJson.StateJson state = state(c);
            if (state != null && !alive(state)) {
                Thread.sleep(RESTART_GRACE);
                state = state(c);
            }
            if (state == null) {
                return;
            }
            if (!alive(state)) {
                exits.exited(c, state.exitCode());
                return;
            }
            String last = later(out.lastTimestamp(), err.lastTimestamp());
            if (!last.isEmpty()) {
                query = query.withTail("all").withWindow(LogTimestamps.after(last), query.until());
            }
            Thread.sleep(100);
        }
    }

    private ContainerInspectJson.StateJson state(LoggedContainer c) throws IOException {
        try {
            return containers.inspect(c.id()).state();
        } catch (EngineApiException e) {
            if (e.isNotFound()) {
                return null;
            }
            throw e;
        }
    }

    private static boolean alive(ContainerInspectJson.StateJson s) {
        return s.running() || s.restarting() || "restarting".equals(s.status());
    }

    /** The later of two engine timestamps (fixed-width UTC, so text order is time order). */
    private static String later(String a, String b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
