package io.jcompose.cli.compose.attach;

import io.jcompose.cli.compose.exec.Parallel;
import io.jcompose.cli.compose.exec.Progress;
import io.jcompose.cli.compose.exec.ProgressEvent;
import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.cli.compose.plan.Labels;
import io.jcompose.cli.compose.plan.ObservedContainer;
import io.jcompose.engine.api.client.ContainerApi;
import io.jcompose.engine.api.client.EngineApiException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Stops the running containers of the services an {@code up} brought up, dependents before their dependencies and
 * one level in parallel, or kills them all at once; each reported as docker compose does
 * ({@code  ✔ Container demo-web-1  Stopped}).
 */
public final class EngineStopper implements ProjectStopper {

    private final ContainerApi containers;
    private final Desired desired;
    private final Set<String> services;
    private final OptionalInt timeout;
    private final Progress progress;

    public EngineStopper(ContainerApi containers, Desired desired, Set<String> services, OptionalInt timeout,
            Progress progress) {
        this.containers = containers;
        this.desired = desired;
        this.services = Set.copyOf(services);
        this.timeout = timeout;
        this.progress = progress;
    }

    @Override
    public void stop() throws IOException, InterruptedException {
        List<ObservedContainer> running = running();
        for (List<String> level : desired.graph().stopLevels()) {
            inParallel(running.stream().filter(c -> level.contains(c.service())).toList(), c -> {
                progress.report(ProgressEvent.working("Container", c.name(), "Stopping"));
                containers.stop(c.id(), timeout, "");
                progress.report(ProgressEvent.done("Container", c.name(), "Stopped"));
            });
        }
    }

    @Override
    public void kill() throws IOException, InterruptedException {
        inParallel(running(), c -> {
            containers.kill(c.id(), "");
            progress.report(ProgressEvent.done("Container", c.name(), "Killed"));
        });
    }

    private List<ObservedContainer> running() throws IOException {
        return containers.list(true, Labels.projectFilter(desired.name())).stream().map(ObservedContainer::of)
                .filter(c -> !c.oneoff() && services.contains(c.service()) && c.running()).toList();
    }

    /** One container call. */
    @FunctionalInterface
    private interface Call {
        void run(ObservedContainer c) throws IOException;
    }

    private static void inParallel(List<ObservedContainer> list, Call call) throws IOException, InterruptedException {
        try (ExecutorService pool = Parallel.threads()) {
            List<Future<Void>> tasks = new ArrayList<>();
            for (ObservedContainer c : list) {
                tasks.add(pool.submit(() -> {
                    try {
                        call.run(c);
                    } catch (EngineApiException e) {
                        if (!e.isNotFound() && e.status() != 409 && e.status() != 304) {
                            throw e;
                        }
                    }
                    return null;
                }));
            }
            for (Future<Void> t : tasks) {
                try {
                    t.get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof IOException io ? io
                            : new IOException(e.getCause().getMessage(), e.getCause());
                }
            }
        }
    }
}
