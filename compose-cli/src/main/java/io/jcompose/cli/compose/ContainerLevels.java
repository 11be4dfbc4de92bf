package io.jcompose.cli.compose;

import io.jcompose.cli.compose.exec.Parallel;
import io.jcompose.cli.compose.exec.Progress;
import io.jcompose.cli.compose.exec.ProgressEvent;
import io.jcompose.cli.compose.plan.ObservedContainer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * One engine call per container, a level at a time and the containers of a level in parallel on virtual threads,
 * each reported as docker compose reports it ({@code  ✔ Container demo-web-1  Stopped}); a failure ends the run
 * after its level, so nothing is left running when the command returns.
 */
final class ContainerLevels {

    /** The engine call for one container. */
    @FunctionalInterface
    interface Step {
        void run(ObservedContainer container) throws IOException;
    }

    private ContainerLevels() {
    }

    /** Runs {@code step} on every container; {@code working} and {@code done} are the progress words. */
    static void run(List<List<ObservedContainer>> levels, Progress progress, String working, String done, Step step)
            throws IOException {
        for (List<ObservedContainer> level : levels) {
            runLevel(level, progress, working, done, step);
        }
    }

    private static void runLevel(List<ObservedContainer> level, Progress progress, String working, String done,
            Step step) throws IOException {
        Throwable first = null;
        try (ExecutorService pool = Parallel.executor()) {
            List<Future<Void>> tasks = new ArrayList<>();
            for (ObservedContainer c : level) {
                tasks.add(pool.submit(() -> {
                    progress.report(ProgressEvent.working("Container", c.name(), working));
                    try {
                        step.run(c);
                    } catch (IOException | RuntimeException e) {
                        progress.report(ProgressEvent.error("Container", c.name(), "Error"));
                        throw e;
                    }
                    progress.report(ProgressEvent.done("Container", c.name(), done));
                    return null;
                }));
            }
            for (Future<Void> t : tasks) {
                try {
                    t.get();
                } catch (ExecutionException e) {
                    first = first == null ? e.getCause() : first;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    pool.shutdownNow();
                    throw new IOException("interrupted", e);
                }
            }
        }
        switch (first) {
            case null -> { }
            case IOException io -> throw io;
            case RuntimeException re -> throw re;
            default -> throw new IOException(first.getMessage(), first);
        }
    }
}
