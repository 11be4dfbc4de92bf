package io.jcompose.cli.compose.exec;

import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.cli.compose.plan.UpOptions;
import io.jcompose.engine.api.json.ContainerInspectJson;
import io.jcompose.model.error.ComposeException;
import io.jcompose.model.value.ComposeDuration;
import io.jcompose.model.project.Service;
import java.io.IOException;
import java.time.Duration;

/**
 * {@code up --wait}: after the plan ran, waits until each container of the services that took part runs, and is
 * healthy when it has a healthcheck (a one-shot container that exited 0 counts as done); the first that exits
 * non-zero, turns unhealthy or is not ready in time fails the command.
 */
public final class ReadyWaiter {

    private final EngineApis engine;
    private final Desired desired;
    private final UpOptions options;
    private final Progress progress;
    private final Duration poll;

    public ReadyWaiter(EngineApis engine, Desired desired, UpOptions options, Progress progress, Duration poll) {
        this.engine = engine;
        this.desired = desired;
        this.options = options;
        this.progress = progress;
        this.poll = poll;
    }

    public void await(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Service s : desired.project().services().values()) {
            if (!options.inScope(s.name())) {
                continue;
            }
            for (int n = 1; n <= options.replicas(s); n++) {
                String name = desired.containerName(s.name(), n);
                progress.report(ProgressEvent.working("Container", name, "Waiting"));
                while (!ready(name)) {
                    if (System.nanoTime() > deadline) {
                        progress.report(ProgressEvent.error("Container", name, "Error"));
                        throw new ComposeException("container " + name + " is not ready after "
                                + new ComposeDuration(timeout.toNanos()) + " (--wait-timeout)");
                    }
                    Thread.sleep(poll);
                }
            }
        }
    }

    private boolean ready(String name) throws IOException {
        ContainerInspectJson.StateJson state = engine.containers().inspect(name).state();
        boolean alive = state.running() || state.restarting();
        if (!alive && !"created".equals(state.status())) {
            if (state.exitCode() == 0) {
                progress.report(ProgressEvent.done("Container", name, "Exited"));
                return true;
            }
            progress.report(ProgressEvent.error("Container", name, "Error"));
            throw new ComposeException("container " + name + " exited (" + state.exitCode() + ")");
        }
        if (!state.running()) {
            return false;
        }
        if (state.health() == null) {
            progress.report(ProgressEvent.done("Container", name, "Running"));
            return true;
        }
        String health = state.health().status();
        if ("unhealthy".equals(health)) {
            progress.report(ProgressEvent.error("Container", name, "Unhealthy"));
            throw new ComposeException("container " + name + " is unhealthy");
        }
        if ("healthy".equals(health)) {
            progress.report(ProgressEvent.done("Container", name, "Healthy"));
            return true;
        }
        return false;
    }
}
