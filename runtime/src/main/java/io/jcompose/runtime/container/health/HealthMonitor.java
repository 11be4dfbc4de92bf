package io.jcompose.runtime.container.health;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs the health checks of all running containers with docker's rules: {@code starting} until the first success,
 * {@code unhealthy} after {@code Retries} failures in a row (failures in the start period do not count while
 * starting), probes every {@code StartInterval} during the start period and every {@code Interval} after it.
 * Status changes go to the listener; the current health is read with {@link #health}.
 */
public final class HealthMonitor implements AutoCloseable {

    private final HealthProbe probe;
    private final HealthScheduler scheduler;
    private final Clock clock;
    private final HealthListener listener;
    private final Map<String, ProbeLoop> loops = new ConcurrentHashMap<>();

    public HealthMonitor(HealthProbe probe, HealthScheduler scheduler, Clock clock, HealthListener listener) {
        this.probe = probe;
        this.scheduler = scheduler;
        this.clock = clock;
        this.listener = listener;
    }

    /**
     * A container started (or restarted) at {@code startedAt}: health is reset to {@code starting} (earlier results
     * kept) and probing begins. Empty, and nothing runs, when the check is disabled ({@code NONE}).
     */
    public Optional<Health> start(String containerId, HealthConfig config, List<String> shell, Instant startedAt,
            Optional<Health> previous) {
        return begin(containerId, config, shell, startedAt, Health.starting(previous));
    }

    /**
     * A paused container resumed: probing begins again with the health as it was (docker does not reset it to
     * {@code starting} on unpause).
     */
    public Optional<Health> resume(String containerId, HealthConfig config, List<String> shell, Instant startedAt,
            Health current) {
        return begin(containerId, config, shell, startedAt, current);
    }

    private Optional<Health> begin(String containerId, HealthConfig config, List<String> shell, Instant startedAt,
            Health initial) {
        stop(containerId);
        if (!config.enabled()) {
            return Optional.empty();
        }
        ProbeLoop loop = new ProbeLoop(containerId, config, config.argv(shell), startedAt, initial, probe, scheduler,
                clock, listener);
        loops.put(containerId, loop);
        loop.begin();
        return Optional.of(initial);
    }

    /**
     * The container stopped, paused or is going away: probing ends at once (a probe in flight is interrupted and its
     * result dropped); the health, now {@code unhealthy} as docker reports it, is returned for saving.
     */
    public Optional<Health> stop(String containerId) {
        ProbeLoop loop = loops.remove(containerId);
        return loop == null ? Optional.empty() : Optional.of(loop.stop());
    }

    /** The live health of a monitored container. */
    public Optional<Health> health(String containerId) {
        ProbeLoop loop = loops.get(containerId);
        return loop == null ? Optional.empty() : Optional.of(loop.health());
    }

    /** Stops every loop and the scheduler. */
    @Override
    public void close() {
        for (String id : List.copyOf(loops.keySet())) {
            stop(id);
        }
        scheduler.close();
    }
}
