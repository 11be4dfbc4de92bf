package io.jcompose.runtime.container.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The probing of one running container: wait, probe, record, wait again (from the end of one probe to the start of
 * the next, as docker). Stopping cancels the wait or interrupts the probe in flight, whose result is then dropped.
 */
final class ProbeLoop {

    private static final Logger LOG = LoggerFactory.getLogger(ProbeLoop.class);

    private final String id;
    private final HealthConfig config;
    private final List<String> argv;
    private final Instant startedAt;
    private final HealthProbe probe;
    private final HealthScheduler scheduler;
    private final Clock clock;
    private final HealthListener listener;
    private Health health;
    private boolean stopped;
    private HealthScheduler.Timer pending;
    private Thread probing;

    ProbeLoop(String id, HealthConfig config, List<String> argv, Instant startedAt, Health initial,
            HealthProbe probe, HealthScheduler scheduler, Clock clock, HealthListener listener) {
        this.id = id;
        this.config = config;
        this.argv = argv;
        this.startedAt = startedAt;
        this.health = initial;
        this.probe = probe;
        this.scheduler = scheduler;
        this.clock = clock;
        this.listener = listener;
    }

    synchronized void begin() {
        pending = scheduler.schedule(nextDelay(), this::tick);
    }

    synchronized Health health() {
        return health;
    }

    /** Stops at once; the health becomes docker's unhealthy-when-not-monitored. */
    synchronized Health stop() {
        if (!stopped) {
            stopped = true;
            if (pending != null) {
                pending.cancel();
            }
            if (probing != null) {
                probing.interrupt();
            }
            health = health.stopped();
        }
        return health;
    }

    private void tick() {
        synchronized (this) {
            if (stopped) {
                return;
            }
            probing = Thread.currentThread();
        }
        Instant start = clock.instant();
        HealthResult result = runProbe(start);
        HealthStatus before;
        Health now;
        synchronized (this) {
            probing = null;
            Thread.interrupted(); // an interrupt meant for this probe must not reach the next task on this thread
            if (stopped) {
                return;
            }
            before = health.status();
            health = health.after(result, config, startedAt);
            now = health;
            pending = scheduler.schedule(nextDelay(), this::tick);
        }
        if (now.status() != before) {
            try {
                listener.statusChanged(id, before, now);
            } catch (RuntimeException e) {
                LOG.warn("health listener failed for {}", id, e);
            }
        }
    }

    private HealthResult runProbe(Instant start) {
        Duration timeout = config.probeTimeout();
        try {
            ProbeResult r = probe.run(id, argv, timeout);
            if (r.timedOut()) {
                String message = "Health check exceeded timeout (" + GoDuration.format(timeout) + ")";
                return new HealthResult(start, clock.instant(), -1,
                        r.output().isEmpty() ? message : message + ": " + r.output());
            }
            return new HealthResult(start, clock.instant(), r.exitCode(), r.output());
        } catch (InterruptedException e) {
            return new HealthResult(start, clock.instant(), -1, "health check interrupted");
        } catch (Exception e) {
            LOG.warn("health check for container {} failed: {}", id, e.getMessage());
            return new HealthResult(start, clock.instant(), -1, String.valueOf(e.getMessage()));
        }
    }

    /**
     * The wait before the next probe: the interval, but every start interval while the container is starting
     * within its start period, and never past the end of the start period.
     */
    private Duration nextDelay() {
        Duration elapsed = Duration.between(startedAt, clock.instant());
        Duration period = config.probeStartPeriod();
        if (elapsed.compareTo(period) >= 0) {
            return config.probeInterval();
        }
        Duration remaining = period.minus(elapsed);
        Duration wanted = health.status() == HealthStatus.STARTING ? config.probeStartInterval()
                : config.probeInterval();
        return wanted.compareTo(remaining) < 0 ? wanted : remaining;
    }
}
