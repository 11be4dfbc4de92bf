package io.jcompose.runtime.container;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Restarts containers after docker's back-off delay; one pending restart per container, cancelled by a stop. */
final class RestartScheduler {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("restarts").factory());
    private final Map<ContainerId, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
    private final Map<ContainerId, Duration> delays = new ConcurrentHashMap<>();
    private final Consumer<ContainerId> restart;

    RestartScheduler(Consumer<ContainerId> restart) {
        this.restart = restart;
    }

    /** Schedules the restart of a container that ran for {@code ran} before exiting. */
    void schedule(ContainerId id, Duration ran) {
        Duration delay = RestartPolicy.nextDelay(delays.get(id), ran);
        delays.put(id, delay);
        ScheduledFuture<?> previous = pending.put(id, timer.schedule(() -> {
            pending.remove(id);
            Thread.startVirtualThread(() -> restart.accept(id));
        }, delay.toMillis(), TimeUnit.MILLISECONDS));
        if (previous != null) {
            previous.cancel(false);
        }
    }

    void cancel(ContainerId id) {
        ScheduledFuture<?> previous = pending.remove(id);
        if (previous != null) {
            previous.cancel(false);
        }
        delays.remove(id);
    }

    void close() {
        timer.shutdownNow();
    }
}
