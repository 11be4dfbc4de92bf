package io.jcompose.runtime.container.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A clock and a scheduler that move only when a test says so; due tasks run on the test's thread. */
final class FakeScheduler extends Clock implements HealthScheduler {

    private record Task(Instant due, long seq, Runnable run) {
    }

    private final List<Task> tasks = new ArrayList<>();
    private Instant now;
    private long seq;

    FakeScheduler(Instant start) {
        this.now = start;
    }

    @Override
    public synchronized Timer schedule(Duration delay, Runnable task) {
        Task t = new Task(now.plus(delay), seq++, task);
        tasks.add(t);
        return () -> {
            synchronized (FakeScheduler.this) {
                tasks.remove(t);
            }
        };
    }

    /** Moves time forward by {@code d}, running every task that falls due on the way at its due time. */
    void advance(Duration d) {
        Instant target = now.plus(d);
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.stream().filter(t -> !t.due().isAfter(target))
                        .min(Comparator.comparing(Task::due).thenComparing(Task::seq)).orElse(null);
                if (next == null) {
                    now = target;
                    return;
                }
                tasks.remove(next);
                now = next.due();
            }
            next.run().run();
        }
    }

    /** Time passing inside a probe. */
    synchronized void elapse(Duration d) {
        now = now.plus(d);
    }

    synchronized int pending() {
        return tasks.size();
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public void close() {
    }
}
