package io.jcompose.runtime.container.health;

import java.time.Duration;

/** Runs a task after a delay; the real one uses a timer and virtual threads, tests move a fake clock by hand. */
public interface HealthScheduler extends AutoCloseable {

    /** A task waiting to run. */
    @FunctionalInterface
    interface Timer {
        /** Keeps the task from running if it has not started yet. */
        void cancel();
    }

    /** Runs {@code task} once after {@code delay}, on a thread of its own (a probe may block for long). */
    Timer schedule(Duration delay, Runnable task);

    @Override
    void close();
}
