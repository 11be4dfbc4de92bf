package io.jcompose.cli.compose.exec;

import io.jcompose.cli.compose.plan.Action;
import io.jcompose.cli.compose.plan.Action.CreateContainer;
import io.jcompose.cli.compose.plan.Action.CreateNetwork;
import io.jcompose.cli.compose.plan.Action.CreateVolume;
import io.jcompose.cli.compose.plan.Action.KeepContainer;
import io.jcompose.cli.compose.plan.Action.RecreateContainer;
import io.jcompose.cli.compose.plan.Action.RemoveContainer;
import io.jcompose.cli.compose.plan.Action.RestartContainer;
import io.jcompose.cli.compose.plan.Action.StartContainer;
import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.cli.compose.plan.Plan;
import io.jcompose.cli.compose.plan.UpOptions;
import io.jcompose.engine.api.client.EngineApiException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Runs an {@code up} plan: missing images pulled, networks and volumes made, orphans removed, then the services level by
 * level of the dependency graph, the services of one level in parallel on virtual threads, each after its
 * {@code depends_on} conditions hold. The first failure cancels what is still running and removes everything
 * this run made, then is rethrown.
 */
public final class UpExecutor {

    private final EngineApis engine;
    private final Desired desired;
    private final ContainerBodies bodies;
    private final Progress progress;
    private final UpOptions options;
    private final Duration poll;
    private final boolean start;
    private final Set<String> services;
    private final Rollback rollback = new Rollback();

    public UpExecutor(EngineApis engine, Desired desired, ContainerBodies bodies, Progress progress,
            UpOptions options, Duration poll) {
        this(engine, desired, bodies, progress, options, poll, true, null);
    }

    private UpExecutor(EngineApis engine, Desired desired, ContainerBodies bodies, Progress progress,
            UpOptions options, Duration poll, boolean start, Set<String> services) {
        this.engine = engine;
        this.desired = desired;
        this.bodies = bodies;
        this.progress = progress;
        this.options = options;
        this.poll = poll;
        this.start = start;
        this.services = services == null ? null : Set.copyOf(services);
    }

    /**
     * {@code create} ({@code up --no-start}): containers are created (or recreated) but not started, and no
     * {@code depends_on} condition is waited for.
     */
    public UpExecutor withoutStart() {
        return new UpExecutor(engine, desired, bodies, progress, options, poll, false, services);
    }

    /**
     * Only these services' containers are touched (a {@code run}'s dependencies); networks and volumes of the plan
     * are still made. Pair with {@link Plan#only}.
     */
    public UpExecutor onlyServices(Set<String> chosen) {
        return new UpExecutor(engine, desired, bodies, progress, options, poll, start, chosen);
    }

    public void run(Plan plan) throws IOException, InterruptedException {
        try {
            runSteps(plan);
        } catch (IOException | RuntimeException | InterruptedException e) {
            undo();
            throw e;
        }
    }

    private void runSteps(Plan plan) throws IOException, InterruptedException {
        Map<String, String> images = new LinkedHashMap<>();
        for (Action a : plan.actions()) {
            switch (a) {
                case CreateContainer c -> images.put(c.service(), desired.image(c.service()));
                case RecreateContainer r -> images.put(r.existing().service(), desired.image(r.existing().service()));
                default -> { }
            }
        }
        for (String service : desired.project().services().keySet()) {
            if (options.inScope(service)
                    && options.pullPolicy(desired.project().service(service)).equals("always")) {
                images.putIfAbsent(service, desired.image(service));
            }
        }
        images.keySet().removeIf(desired::builds); // built before the plan ran, never pulled
        Progress pulls = options.quietPull()
                ? e -> { if (e.state() == ProgressEvent.State.ERROR) { progress.report(e); } }
                : progress;
        new ImagePuller(engine.images(), pulls).ensure(images,
                service -> options.pullPolicy(desired.project().service(service)));
        NetworkSteps networks = new NetworkSteps(engine.networks(), desired, progress, bodies.version());
        networks.ensureExternal();
        for (CreateNetwork n : plan.of(CreateNetwork.class)) {
            String id = networks.create(n);
            rollback.network(n.name(), id);
        }
        VolumeSteps volumes = new VolumeSteps(engine.volumes(), desired, progress, bodies.version());
        for (CreateVolume v : plan.of(CreateVolume.class)) {
            rollback.volume(volumes.create(v));
        }
        ContainerSteps steps = new ContainerSteps(engine.containers(), bodies, progress, options, rollback)
                .withStart(start).withCopies(new FileCopies(engine.archives(), desired));
        for (RemoveContainer r : plan.of(RemoveContainer.class)) {
            steps.remove(r.existing());
        }
        DependencyWaiter waiter = new DependencyWaiter(engine.containers(), desired, progress,
                options.dependencyTimeout(), poll);
        for (List<String> level : desired.graph().startLevels()) {
            runLevel(level, plan, steps, waiter);
        }
    }

    private void runLevel(List<String> level, Plan plan, ContainerSteps steps, DependencyWaiter waiter)
            throws IOException, InterruptedException {
        try (ExecutorService pool = Parallel.executor()) {
            ExecutorCompletionService<Void> done = new ExecutorCompletionService<>(pool);
            List<Future<Void>> tasks = new ArrayList<>();
            for (String service : level) {
                if (!options.inScope(service) || services != null && !services.contains(service)) {
                    continue;
                }
                List<Action> actions = plan.actions().stream().filter(a -> service.equals(serviceOf(a))).toList();
                tasks.add(done.submit(() -> {
                    if (start && !options.noStart()) {
                        waiter.await(desired.project().service(service), options::inScope);
                    }
                    for (Action a : actions) {
                        steps.apply(a);
                    }
                    return null;
                }));
            }
            try {
                for (int i = 0; i < tasks.size(); i++) {
                    done.take().get();
                }
            } catch (ExecutionException e) {
                tasks.forEach(t -> t.cancel(true));
                pool.shutdownNow();
                throw rethrow(e.getCause());
            } catch (InterruptedException e) {
                tasks.forEach(t -> t.cancel(true));
                throw e;
            }
        }
    }

    private static String serviceOf(Action a) {
        return switch (a) {
            case CreateContainer c -> c.service();
            case RecreateContainer r -> r.existing().service();
            case StartContainer s -> s.existing().service();
            case RestartContainer r -> r.existing().service();
            case KeepContainer k -> k.existing().service();
            default -> null;
        };
    }

    private static IOException rethrow(Throwable cause) {
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof RuntimeException re) {
            throw re;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IOException(cause.getMessage(), cause);
    }

    /** Removes what this run made, newest first; a removal that fails is reported and the rest go on. */
    private void undo() {
        for (Rollback.Made m : rollback.newestFirst()) {
            try {
                if (m.kind().equals("Container")) {
                    engine.containers().remove(m.id(), true, !m.keepVolumes());
                } else if (m.kind().equals("Volume")) {
                    engine.volumes().remove(m.id(), true);
                } else {
                    engine.networks().remove(m.id());
                }
                progress.report(ProgressEvent.done(m.kind(), m.name(), "Removed"));
            } catch (IOException e) {
                progress.report(ProgressEvent.error(m.kind(), m.name(), "not removed: " + message(e)));
            }
        }
    }

    private static String message(IOException e) {
        return e instanceof EngineApiException api ? api.engineMessage() : e.getMessage();
    }
}
