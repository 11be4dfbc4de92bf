package io.jcompose.cli.compose.exec;

import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.cli.compose.plan.Labels;
import io.jcompose.cli.compose.plan.Observed;
import io.jcompose.cli.compose.plan.ObservedContainer;
import io.jcompose.cli.compose.plan.ObservedNetwork;
import io.jcompose.cli.compose.plan.UpOptions;
import io.jcompose.engine.api.client.EngineApiException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * {@code down}: stops and removes the project's containers in reverse dependency order (dependents first, one
 * level in parallel), orphans too when asked, then removes the project's networks, and with {@code -v} its
 * volumes.
 */
public final class DownExecutor {

    private final EngineApis engine;
    private final Progress progress;

    public DownExecutor(EngineApis engine, Progress progress) {
        this.engine = engine;
        this.progress = progress;
    }

    /** Returns warnings for the user (orphans left, networks still in use). */
    public List<String> run(Desired desired, Observed observed, boolean removeOrphans, OptionalInt timeout)
            throws IOException, InterruptedException {
        return run(desired, observed, removeOrphans, timeout, false);
    }

    /** With {@code volumes} ({@code down -v}): anonymous volumes go with their containers, then named volumes. */
    public List<String> run(Desired desired, Observed observed, boolean removeOrphans, OptionalInt timeout,
            boolean volumes) throws IOException, InterruptedException {
        List<String> warnings = new ArrayList<>();
        UpOptions options = new UpOptions(false, false, removeOrphans, timeout, UpOptions.DEFAULTS.dependencyTimeout());
        ContainerSteps steps = new ContainerSteps(engine.containers(), null, progress, options, new Rollback(),
                volumes);
        List<ObservedContainer> orphans = observed.containers().stream()
                .filter(c -> desired.project().service(c.service()) == null).toList();
        if (removeOrphans) {
            inParallel(orphans, steps);
        } else if (!orphans.isEmpty()) {
            warnings.add("Found orphan containers (" + orphans.stream().map(ObservedContainer::name).toList()
                    + ") for this project. If you removed or renamed this service in your compose file, you can run "
                    + "this command with the --remove-orphans flag to clean it up.");
        }
        inParallel(oneOffs(desired.name()), steps); // docker compose v2's down removes run's one-offs too
        for (List<String> level : desired.graph().stopLevels()) {
            List<ObservedContainer> containers = observed.containers().stream()
                    .filter(c -> level.contains(c.service())).toList();
            inParallel(containers, steps);
        }
        for (ObservedNetwork n : observed.networks()) {
            try {
                engine.networks().remove(n.id());
                progress.report(ProgressEvent.done("Network", n.name(), "Removed"));
            } catch (EngineApiException e) {
                if (e.isNotFound()) {
                    continue;
                }
                progress.report(ProgressEvent.error("Network", n.name(), "Resource is still in use"));
                warnings.add("network " + n.name() + " was not removed: " + e.engineMessage());
            }
        }
        if (volumes) {
            warnings.addAll(new VolumeSteps(engine.volumes(), desired, progress, "").removeAll());
        }
        return warnings;
    }

    /** The project's {@code run} containers, which {@link Observed} leaves out. */
    private List<ObservedContainer> oneOffs(String project) throws IOException {
        return engine.containers().list(true, Labels.projectFilter(project)).stream().map(ObservedContainer::of)
                .filter(ObservedContainer::oneoff).toList();
    }

    private static void inParallel(List<ObservedContainer> containers, ContainerSteps steps)
            throws IOException, InterruptedException {
        try (ExecutorService pool = Parallel.threads()) {
            List<Future<Void>> tasks = new ArrayList<>();
            for (ObservedContainer c : containers) {
                tasks.add(pool.submit(() -> {
                    steps.remove(c);
                    return null;
                }));
            }
            for (Future<Void> t : tasks) {
                try {
                    t.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof IOException io) {
                        throw io;
                    }
                    throw new IOException(e.getCause().getMessage(), e.getCause());
                }
            }
        }
    }
}
