package io.jcompose.runtime.container;

import io.jcompose.engine.api.json.ContainerCreateJson;
import io.jcompose.engine.api.json.ContainerInspectJson.HealthJson;
import io.jcompose.runtime.container.health.DeadlineProbe;
import io.jcompose.runtime.container.health.Health;
import io.jcompose.runtime.container.health.HealthConfig;
import io.jcompose.runtime.container.health.HealthMonitor;
import io.jcompose.runtime.container.health.HealthProbe;
import io.jcompose.runtime.container.health.HealthStatus;
import io.jcompose.runtime.container.health.VirtualThreadScheduler;
import io.jcompose.runtime.image.oci.ImageConfig;
import io.jcompose.runtime.image.store.StoredImage;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Health checks of the engine's containers: the check merged from the container's and the image's at create,
 * probes while a container runs, and the status saved in its state (kept after it stops, as docker shows it).
 */
final class ContainerHealth implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ContainerHealth.class);
    private static final List<String> DEFAULT_SHELL = List.of("/bin/sh", "-c");

    private final ContainerStore store;
    private final ContainerEvents events;
    private final ContainerLocks locks;
    private final HealthMonitor monitor;

    ContainerHealth(ContainerStore store, ContainerEvents events, ContainerLocks locks, HealthProbe probe,
            Clock clock) {
        this.store = store;
        this.events = events;
        this.locks = locks;
        this.monitor = new HealthMonitor(new DeadlineProbe(probe), new VirtualThreadScheduler(), clock,
                this::changed);
    }

    /** The create request with its check merged over the image's (what inspect shows); docker's 400s. */
    static ContainerCreateJson merged(ContainerCreateJson request, StoredImage image) {
        ImageConfig.RunConfig run = image.config().config();
        Map<String, Object> fromImage = run == null ? null : run.healthcheck();
        Optional<HealthConfig> config = HealthConfig.of(request.config().healthcheck(), fromImage);
        if (config.isEmpty()) {
            return request;
        }
        try {
            config.get().validate();
        } catch (IllegalArgumentException e) {
            throw new ContainerException(ContainerException.Kind.INVALID, e.getMessage());
        }
        return new ContainerCreateJson(request.config().withHealthcheck(config.get().toJson()),
                request.hostConfig(), request.networkingConfig());
    }

    /** Starts probing a container that just started running (or was found running at engine start). */
    void started(ContainerRecord record) {
        Optional<HealthConfig> config = config(record);
        if (config.isEmpty()) {
            return;
        }
        Optional<Health> saved = record.state().health().map(Health::fromJson);
        Instant startedAt = record.state().startedAt().orElse(Instant.now());
        monitor.start(record.id().hex(), config.get(), shell(record), startedAt, saved)
                .ifPresent(h -> save(record.id(), h));
    }

    /** Resumes probing after an unpause, keeping the status. */
    void resumed(ContainerRecord record) {
        Optional<HealthConfig> config = config(record);
        Optional<Health> saved = record.state().health().map(Health::fromJson);
        if (config.isPresent() && saved.isPresent()) {
            monitor.resume(record.id().hex(), config.get(), shell(record),
                    record.state().startedAt().orElse(Instant.now()), saved.get());
        }
    }

    /** Stops probing (stop, kill, exit, pause, remove); the last status is saved. */
    void stopped(ContainerId id) {
        monitor.stop(id.hex()).ifPresent(h -> save(id, h));
    }

    /** The live status of a running container, else the saved one. */
    Optional<HealthJson> current(ContainerRecord record) {
        return monitor.health(record.id().hex()).map(Health::toJson).or(() -> record.state().health());
    }

    @Override
    public void close() {
        monitor.close();
    }

    /** From a probe's thread: saved on another thread, so a probe never waits for a container's lock. */
    private void changed(String id, HealthStatus from, Health now) {
        ContainerId containerId = new ContainerId(id);
        Thread.startVirtualThread(() -> {
            save(containerId, now);
            store.lookup(id).ifPresent(r -> events.publish(r, "health_status: " + now.status().wire()));
        });
    }

    /** Sets the health in the latest record, under the container's lock, so no other change is overwritten. */
    private void save(ContainerId id, Health health) {
        try {
            locks.locked(id, () -> {
                Optional<ContainerRecord> r = store.lookup(id.hex());
                if (r.isPresent()) {
                    store.update(r.get().withState(r.get().state().withHealth(Optional.of(health.toJson()))));
                }
                return null;
            });
        } catch (IOException | RuntimeException e) {
            LOG.warn("saving the health of {} failed: {}", id.shortId(), e.getMessage());
        }
    }

    private static Optional<HealthConfig> config(ContainerRecord record) {
        if (record.config().healthcheck() == null) {
            return Optional.empty();
        }
        HealthConfig config = HealthConfig.fromJson(record.config().healthcheck());
        return config.enabled() ? Optional.of(config) : Optional.empty();
    }

    private static List<String> shell(ContainerRecord record) {
        List<String> shell = record.config().shell();
        return shell == null || shell.isEmpty() ? DEFAULT_SHELL : shell;
    }
}
