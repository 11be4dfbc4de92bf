package io.jcompose.cli.compose.logs;

import io.jcompose.cli.compose.exec.Parallel;
import io.jcompose.cli.compose.plan.Labels;
import io.jcompose.cli.compose.plan.ObservedContainer;
import io.jcompose.engine.api.client.ContainerApi;
import io.jcompose.engine.api.client.LogsOptions;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Predicate;

/**
 * The logs of a project's containers, one follower each on a virtual thread. Following, the container list is
 * polled so that containers that appear later (recreated, scaled up, started by another {@code up}) are followed
 * too, as docker compose does from the engine's events; a poll is simpler, needs no events client, and a new
 * container loses no output since its log is read from its beginning. Ends when no followed container runs.
 */
public final class LogWatcher {

    private final ContainerApi containers;
    private final String project;
    private final Predicate<ObservedContainer> wanted;
    private final LogPrinter printer;
    private final ContainerExits exits;
    private final Duration poll;

    public LogWatcher(ContainerApi containers, String project, Predicate<ObservedContainer> wanted,
            LogPrinter printer, ContainerExits exits, Duration poll) {
        this.containers = containers;
        this.project = project;
        this.wanted = wanted;
        this.printer = printer;
        this.exits = exits;
        this.poll = poll;
    }

    /** The project's wanted containers now, in service and number order, named as their lines will be. */
    public List<LoggedContainer> list() throws IOException {
        return containers.list(true, Labels.projectFilter(project)).stream().map(ObservedContainer::of)
                .filter(c -> !c.oneoff()).filter(wanted)
                .sorted(java.util.Comparator.comparing(ObservedContainer::service)
                        .thenComparingInt(ObservedContainer::number))
                .map(c -> LoggedContainer.of(project, c)).toList();
    }

    /**
     * Prints the logs of {@code first} with {@code options}; with {@code options.follow()}, also of containers that
     * appear later (from their beginning), until none runs.
     */
    public void run(List<LoggedContainer> first, LogsOptions options) throws IOException, InterruptedException {
        first.forEach(c -> printer.register(c.name(), c.service()));
        ContainerFollower follower = new ContainerFollower(containers, printer, exits);
        Set<String> seen = new HashSet<>();
        List<Future<Void>> tasks = new ArrayList<>();
        try (ExecutorService pool = Parallel.threads()) {
            try {
                for (LoggedContainer c : first) {
                    seen.add(c.id());
                    tasks.add(pool.submit(() -> follow(follower, c, options)));
                }
                while (options.follow()) {
                    Thread.sleep(poll);
                    boolean idle = tasks.stream().allMatch(Future::isDone);
                    List<LoggedContainer> fresh = startedSince(seen);
                    for (LoggedContainer c : fresh) {
                        seen.add(c.id());
                        printer.register(c.name(), c.service());
                        tasks.add(pool.submit(() -> follow(follower, c, options.withTail("all"))));
                    }
                    if (idle && fresh.isEmpty()) {
                        break;
                    }
                }
                for (Future<Void> t : tasks) {
                    t.get();
                }
            } catch (ExecutionException e) {
                pool.shutdownNow();
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause().getMessage(),
                        e.getCause());
            } catch (InterruptedException e) {
                pool.shutdownNow();
                throw e;
            }
        }
    }

    private Void follow(ContainerFollower follower, LoggedContainer c, LogsOptions options)
            throws IOException, InterruptedException {
        follower.run(c, options);
        return null;
    }

    /** Containers not followed yet that run now; one created but not started is taken once it starts. */
    private List<LoggedContainer> startedSince(Set<String> seen) throws IOException {
        return containers.list(true, Labels.projectFilter(project)).stream().map(ObservedContainer::of)
                .filter(c -> !c.oneoff() && c.running() && !seen.contains(c.id())).filter(wanted)
                .map(c -> LoggedContainer.of(project, c)).toList();
    }
}
