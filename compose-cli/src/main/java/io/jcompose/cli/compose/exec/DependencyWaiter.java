package io.jcompose.cli.compose.exec;

import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.engine.api.client.ContainerApi;
import io.jcompose.engine.api.client.EngineApiException;
import io.jcompose.engine.api.json.ContainerInspectJson;
import io.jcompose.model.error.ComposeException;
import io.jcompose.model.project.Dependency;
import io.jcompose.model.project.Service;
import io.jcompose.model.value.ComposeDuration;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;

/**
 * Blocks until a service's {@code depends_on} conditions hold: started (its dependencies' level is done),
 * healthy (polling the health status), or completed successfully (exit 0); each wait bounded by a timeout.
 */
final class DependencyWaiter {

    private final ContainerApi containers;
    private final Desired desired;
    private final Progress progress;
    private final Duration timeout;
    private final Duration poll;

    DependencyWaiter(ContainerApi containers, Desired desired, Progress progress, Duration timeout, Duration poll) {
        this.containers = containers;
        this.desired = desired;
        this.progress = progress;
        this.timeout = timeout;
        this.poll = poll;
    }

    void await(Service service) throws IOException, InterruptedException {
        await(service, name -> true);
    }

    /** As {@link #await(Service)}, for the dependencies that take part ({@code up --no-deps} leaves some out). */
    void await(Service service, java.util.function.Predicate<String> considered)
            throws IOException, InterruptedException {
        for (Map.Entry<String, Dependency> e : service.dependsOn().entrySet()) {
            Service dependency = desired.project().service(e.getKey());
            if (dependency == null || !considered.test(dependency.name())) {
                continue; // an optional dependency that is not in the project
            }
            String condition = e.getValue().condition();
            if (condition.equals("service_started")) {
                continue; // its level was started before this one
            }
            for (int n = 1; n <= dependency.replicas(); n++) {
                String name = desired.containerName(dependency.name(), n);
                ContainerInspectJson first = inspect(name, e.getValue().required());
                if (first == null) {
                    continue;
                }
                if (condition.equals("service_healthy")) {
                    healthy(name);
                } else if (condition.equals("service_completed_successfully")) {
                    completed(dependency.name(), name);
                }
            }
        }
    }

    private void healthy(String name) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        progress.report(ProgressEvent.working("Container", name, "Waiting"));
        while (true) {
            ContainerInspectJson.StateJson state = containers.inspect(name).state();
            if (state.health() == null) {
                throw fail("dependency failed to start: container " + name + " has no healthcheck configured");
            }
            if (!state.running() && !"restarting".equals(state.status())) { // stopped: its health is moot
                throw fail("dependency failed to start: container " + name + " exited (" + state.exitCode() + ")");
            }
            String status = state.health().status();
            if ("healthy".equals(status)) {
                progress.report(ProgressEvent.done("Container", name, "Healthy"));
                return;
            }
            if ("unhealthy".equals(status)) {
                throw fail("dependency failed to start: container " + name + " is unhealthy");
            }
            sleepUntil(deadline, name, "become healthy");
        }
    }

    private void completed(String service, String name) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        progress.report(ProgressEvent.working("Container", name, "Waiting"));
        while (true) {
            ContainerInspectJson.StateJson state = containers.inspect(name).state();
            if (!state.running() && !"restarting".equals(state.status()) && !"created".equals(state.status())) {
                if (state.exitCode() != 0) {
                    throw fail("service \"" + service + "\" didn't complete successfully: exit " + state.exitCode());
                }
                progress.report(ProgressEvent.done("Container", name, "Exited"));
                return;
            }
            sleepUntil(deadline, name, "complete");
        }
    }

    private void sleepUntil(long deadline, String name, String what) throws InterruptedException {
        if (System.nanoTime() > deadline) {
            throw fail("dependency failed to start: container " + name + " did not " + what + " within "
                    + new ComposeDuration(timeout.toNanos()));
        }
        Thread.sleep(poll);
    }

    private ComposeException fail(String message) {
        return new ComposeException(message);
    }

    private ContainerInspectJson inspect(String name, boolean required) throws IOException {
        try {
            return containers.inspect(name);
        } catch (EngineApiException e) {
            if (e.isNotFound() && !required) {
                return null;
            }
            throw e;
        }
    }
}
