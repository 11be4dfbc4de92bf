package io.jcompose.runtime.container.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.engine.api.json.ContainerConfigJson.HealthcheckJson;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HealthMonitorTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final String ID = "c".repeat(64);
    private static final long S = 1_000_000_000L;

    private final FakeScheduler time = new FakeScheduler(T0);
    private final List<String> changes = new CopyOnWriteArrayList<>();
    private final List<Long> probedAt = new ArrayList<>();
    private final List<List<String>> argvs = new ArrayList<>();
    private final Deque<Object> script = new ArrayDeque<>();
    private Duration probeTakes = Duration.ZERO;

    /** Plays {@link #script}: a ProbeResult, or an exception to throw; exit 0 when it runs out. */
    private final HealthProbe probe = (id, argv, timeout) -> {
        probedAt.add(Duration.between(T0, time.instant()).toSeconds());
        argvs.add(argv);
        time.elapse(probeTakes);
        Object next = script.isEmpty() ? ProbeResult.exited(0, "") : script.poll();
        if (next instanceof IOException e) {
            throw e;
        }
        return (ProbeResult) next;
    };

    private final HealthMonitor monitor = new HealthMonitor(probe, time, time,
            (id, from, now) -> changes.add(from.wire() + "->" + now.status().wire()));

    private static HealthConfig config(List<String> test, long intervalS, long timeoutS, long startPeriodS,
            long startIntervalS, int retries) {
        return HealthConfig.fromJson(new HealthcheckJson(test, intervalS * S, timeoutS * S, retries,
                startPeriodS * S, startIntervalS * S));
    }

    @Test
    void firstProbeAfterOneIntervalThenHealthy() {
        Optional<Health> initial = monitor.start(ID, config(List.of("CMD-SHELL", "exit 0"), 0, 0, 0, 0, 0),
                List.of(), T0, Optional.empty());
        assertThat(initial).map(Health::status).contains(HealthStatus.STARTING);
        time.advance(Duration.ofSeconds(29));
        assertThat(probedAt).isEmpty();
        time.advance(Duration.ofSeconds(1));
        assertThat(probedAt).containsExactly(30L);
        assertThat(argvs.getFirst()).containsExactly("/bin/sh", "-c", "exit 0");
        assertThat(monitor.health(ID).orElseThrow().status()).isEqualTo(HealthStatus.HEALTHY);
        assertThat(changes).containsExactly("starting->healthy");
        time.advance(Duration.ofSeconds(60));
        assertThat(probedAt).containsExactly(30L, 60L, 90L);
        assertThat(changes).hasSize(1);
    }

    @Test
    void unhealthyAfterRetriesFailuresThenHealthyAgain() {
        script.addAll(List.of(ProbeResult.exited(1, "no"), ProbeResult.exited(1, "no"), ProbeResult.exited(2, "no"),
                ProbeResult.exited(0, "yes")));
        monitor.start(ID, config(List.of("CMD", "check"), 10, 0, 0, 0, 0), List.of(), T0, Optional.empty());
        time.advance(Duration.ofSeconds(30));
        Health h = monitor.health(ID).orElseThrow();
        assertThat(h.status()).isEqualTo(HealthStatus.UNHEALTHY);
        assertThat(h.failingStreak()).isEqualTo(3);
        assertThat(changes).containsExactly("starting->unhealthy");
        time.advance(Duration.ofSeconds(10));
        assertThat(changes).containsExactly("starting->unhealthy", "unhealthy->healthy");
        assertThat(argvs.getFirst()).containsExactly("check");
    }

    @Test
    void startPeriodProbesEveryStartIntervalAndForgivesFailures() {
        for (int i = 0; i < 5; i++) {
            script.add(ProbeResult.exited(1, "not yet"));
        }
        monitor.start(ID, config(List.of("CMD", "check"), 30, 0, 20, 5, 1), List.of(), T0, Optional.empty());
        time.advance(Duration.ofSeconds(19));
        assertThat(probedAt).containsExactly(5L, 10L, 15L);
        assertThat(monitor.health(ID).orElseThrow().status()).isEqualTo(HealthStatus.STARTING);
        assertThat(monitor.health(ID).orElseThrow().failingStreak()).isZero();
        time.advance(Duration.ofSeconds(1));
        assertThat(probedAt).containsExactly(5L, 10L, 15L, 20L);
        assertThat(monitor.health(ID).orElseThrow().status()).isEqualTo(HealthStatus.UNHEALTHY);
        time.advance(Duration.ofSeconds(30));
        assertThat(probedAt).containsExactly(5L, 10L, 15L, 20L, 50L);
    }

    @Test
    void aSuccessInTheStartPeriodSwitchesToTheIntervalUpToThePeriodsEnd() {
        monitor.start(ID, config(List.of("CMD", "check"), 30, 0, 40, 5, 0), List.of(), T0, Optional.empty());
        time.advance(Duration.ofSeconds(100));
        assertThat(probedAt).containsExactly(5L, 35L, 40L, 70L, 100L);
    }

    @Test
    void theIntervalCountsFromTheEndOfTheProbe() {
        probeTakes = Duration.ofSeconds(3);
        monitor.start(ID, config(List.of("CMD", "check"), 10, 0, 0, 0, 0), List.of(), T0, Optional.empty());
        time.advance(Duration.ofSeconds(40));
        assertThat(probedAt).containsExactly(10L, 23L, 36L);
        HealthResult first = monitor.health(ID).orElseThrow().log().getFirst();
        assertThat(Duration.between(first.start(), first.end())).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void aProbePastItsTimeoutFailsWithDockersMessage() {
        script.addAll(List.of(ProbeResult.timedOut(""), ProbeResult.timedOut("partial")));
        monitor.start(ID, config(List.of("CMD", "slow"), 10, 2, 0, 0, 0), List.of(), T0, Optional.empty());
        time.advance(Duration.ofSeconds(20));
        List<HealthResult> log = monitor.health(ID).orElseThrow().log();
        assertThat(log).extracting(HealthResult::exitCode).containsExactly(-1, -1);
        assertThat(log).extracting(HealthResult::output).containsExactly("Health check exceeded timeout (2s)",
                "Health check exceeded timeout (2s): partial");
        assertThat(monitor.health(ID).orElseThrow().failingStreak()).isEqualTo(2);
    }

    @Test
    void aProbeThatCannotRunIsAFailureWithItsMessage() {
        script.add(new IOException("exec failed: no such file"));
        monitor.start(ID, config(List.of("CMD", "nope"), 10, 0, 0, 0, 1), List.of(), T0, Optional.empty());
        time.advance(Duration.ofSeconds(10));
        HealthResult r = monitor.health(ID).orElseThrow().log().getFirst();
        assertThat(r.exitCode()).isEqualTo(-1);
        assertThat(r.output()).isEqualTo("exec failed: no such file");
        assertThat(changes).containsExactly("starting->unhealthy");
    }

    @Test
    void noneRunsNothing() {
        assertThat(monitor.start(ID, config(List.of("NONE"), 0, 0, 0, 0, 0), List.of(), T0, Optional.empty()))
                .isEmpty();
        time.advance(Duration.ofMinutes(5));
        assertThat(probedAt).isEmpty();
        assertThat(monitor.health(ID)).isEmpty();
        assertThat(time.pending()).isZero();
    }

    @Test
    void stoppingEndsProbingAtOnceAndReportsUnhealthy() {
        monitor.start(ID, config(List.of("CMD", "check"), 10, 0, 0, 0, 0), List.of(), T0, Optional.empty());
        time.advance(Duration.ofSeconds(10));
        Health last = monitor.stop(ID).orElseThrow();
        assertThat(last.status()).isEqualTo(HealthStatus.UNHEALTHY);
        assertThat(last.log()).hasSize(1);
        assertThat(time.pending()).isZero();
        time.advance(Duration.ofMinutes(5));
        assertThat(probedAt).containsExactly(10L);
        assertThat(monitor.health(ID)).isEmpty();
        assertThat(monitor.stop(ID)).isEmpty();

        Health again = monitor.start(ID, config(List.of("CMD", "check"), 10, 0, 0, 0, 0), List.of(),
                time.instant(), Optional.of(last)).orElseThrow();
        assertThat(again.status()).isEqualTo(HealthStatus.STARTING);
        assertThat(again.log()).hasSize(1);
    }

    @Test
    void resumingKeepsTheStatus() {
        Health paused = new Health(HealthStatus.UNHEALTHY, 1, List.of());
        assertThat(monitor.resume(ID, config(List.of("CMD", "check"), 10, 0, 0, 0, 0), List.of(), T0, paused))
                .contains(paused);
        time.advance(Duration.ofSeconds(10));
        assertThat(changes).containsExactly("unhealthy->healthy");
    }

    @Test
    void aProbeInFlightIsInterruptedAndItsResultDropped() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        HealthProbe blocking = (id, argv, timeout) -> {
            running.countDown();
            try {
                Thread.sleep(Duration.ofMinutes(1));
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
            return ProbeResult.exited(0, "");
        };
        try (HealthMonitor real = new HealthMonitor(blocking, new VirtualThreadScheduler(),
                java.time.Clock.systemUTC(), (id, from, now) -> changes.add(now.status().wire()))) {
            real.start(ID, HealthConfig.fromJson(new HealthcheckJson(List.of("CMD", "x"), 1_000_000L, null, null,
                    null, null)), List.of(), Instant.now(), Optional.empty());
            assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(real.stop(ID).orElseThrow().log()).isEmpty();
            assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(changes).isEmpty();
    }

    @Test
    void theDeadlineProbeStopsASlowProbe() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        HealthProbe slow = (id, argv, timeout) -> {
            try {
                Thread.sleep(Duration.ofMinutes(1));
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
            return ProbeResult.exited(0, "");
        };
        long t0 = System.nanoTime();
        ProbeResult r = new DeadlineProbe(slow).run(ID, List.of("x"), Duration.ofMillis(50));
        assertThat(r.timedOut()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
        assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(new DeadlineProbe((id, argv, t) -> ProbeResult.exited(3, "out")).run(ID, List.of("x"),
                Duration.ofSeconds(5))).isEqualTo(ProbeResult.exited(3, "out"));
    }
}
