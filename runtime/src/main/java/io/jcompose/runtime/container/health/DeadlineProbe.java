package io.jcompose.runtime.container.health;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Holds any probe to its timeout: the probe runs on a virtual thread; past the timeout that thread is interrupted
 * (the probe should then kill its command) and the answer is a timed-out result.
 */
public final class DeadlineProbe implements HealthProbe {

    private final HealthProbe delegate;

    public DeadlineProbe(HealthProbe delegate) {
        this.delegate = delegate;
    }

    @Override
    public ProbeResult run(String containerId, List<String> argv, Duration timeout)
            throws IOException, InterruptedException {
        FutureTask<ProbeResult> task = new FutureTask<>(() -> delegate.run(containerId, argv, timeout));
        Thread.ofVirtual().name("health-deadline").start(task);
        try {
            return task.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            return ProbeResult.timedOut("");
        } catch (InterruptedException e) {
            task.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause().getMessage(), e.getCause());
        }
    }
}
