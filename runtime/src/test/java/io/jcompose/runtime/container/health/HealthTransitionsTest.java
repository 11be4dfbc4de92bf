package io.jcompose.runtime.container.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.engine.api.json.ContainerInspectJson;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Docker's health rules as a table: a sequence of probe results (exit code, seconds after start) -> status. */
class HealthTransitionsTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    /** {@code results}: "code@second" steps; {@code retries} 0 is docker's default 3. */
    private record Row(String name, int retries, int startPeriodSeconds, List<String> results, HealthStatus status,
            int streak) {
    }

    private static final List<Row> ROWS = List.of(
            new Row("no result yet", 0, 0, List.of(), HealthStatus.STARTING, 0),
            new Row("one success", 0, 0, List.of("0@30"), HealthStatus.HEALTHY, 0),
            new Row("one failure", 0, 0, List.of("1@30"), HealthStatus.STARTING, 1),
            new Row("two failures", 0, 0, List.of("1@30", "1@60"), HealthStatus.STARTING, 2),
            new Row("three failures, default retries", 0, 0, List.of("1@30", "1@60", "1@90"),
                    HealthStatus.UNHEALTHY, 3),
            new Row("retries 1", 1, 0, List.of("1@30"), HealthStatus.UNHEALTHY, 1),
            new Row("negative retries mean default", -4, 0, List.of("1@30", "1@60"), HealthStatus.STARTING, 2),
            new Row("exit 2 is a failure", 1, 0, List.of("2@30"), HealthStatus.UNHEALTHY, 1),
            new Row("exit -1 (timeout) is a failure", 1, 0, List.of("-1@30"), HealthStatus.UNHEALTHY, 1),
            new Row("a success clears the streak", 3, 0, List.of("1@30", "1@60", "0@90"), HealthStatus.HEALTHY, 0),
            new Row("healthy then failing", 2, 0, List.of("0@30", "1@60"), HealthStatus.HEALTHY, 1),
            new Row("healthy then unhealthy", 2, 0, List.of("0@30", "1@60", "1@90"), HealthStatus.UNHEALTHY, 2),
            new Row("unhealthy then healthy", 1, 0, List.of("1@30", "0@60"), HealthStatus.HEALTHY, 0),
            new Row("failures in the start period do not count", 1, 60, List.of("1@5", "1@10", "1@59"),
                    HealthStatus.STARTING, 0),
            new Row("failures after the start period count", 1, 60, List.of("1@5", "1@60"),
                    HealthStatus.UNHEALTHY, 1),
            new Row("success in the start period makes it healthy", 1, 60, List.of("1@5", "0@10"),
                    HealthStatus.HEALTHY, 0),
            new Row("after a success the start period no longer shields", 1, 60, List.of("0@5", "1@10"),
                    HealthStatus.UNHEALTHY, 1));

    @Test
    void table() {
        for (Row row : ROWS) {
            HealthConfig config = new HealthConfig(List.of("CMD", "check"), null, null,
                    Duration.ofSeconds(row.startPeriodSeconds()), null, row.retries());
            Health h = Health.starting(Optional.empty());
            for (String step : row.results()) {
                String[] p = step.split("@");
                Instant at = T0.plusSeconds(Long.parseLong(p[1]));
                h = h.after(new HealthResult(at, at.plusMillis(10), Integer.parseInt(p[0]), ""), config, T0);
            }
            assertThat(h.status()).as(row.name()).isEqualTo(row.status());
            assertThat(h.failingStreak()).as(row.name()).isEqualTo(row.streak());
            assertThat(h.log()).as(row.name()).hasSize(row.results().size());
        }
    }

    @Test
    void keepsTheLastFiveResultsOldestFirst() {
        HealthConfig config = new HealthConfig(List.of("CMD", "check"), null, null, null, null, 0);
        Health h = Health.starting(Optional.empty());
        for (int i = 0; i < 8; i++) {
            Instant at = T0.plusSeconds(i);
            h = h.after(new HealthResult(at, at, i % 2, "run " + i), config, T0);
        }
        assertThat(h.log()).extracting(HealthResult::output).containsExactly("run 3", "run 4", "run 5", "run 6",
                "run 7");
    }

    @Test
    void restartingResetsStatusAndStreakButKeepsTheLog() {
        Health old = new Health(HealthStatus.UNHEALTHY, 7, List.of(new HealthResult(T0, T0, 1, "bad")));
        Health h = Health.starting(Optional.of(old));
        assertThat(h.status()).isEqualTo(HealthStatus.STARTING);
        assertThat(h.failingStreak()).isZero();
        assertThat(h.log()).hasSize(1);
        assertThat(old.stopped().status()).isEqualTo(HealthStatus.UNHEALTHY);
    }

    @Test
    void jsonForInspectAndBack() {
        Health h = new Health(HealthStatus.HEALTHY, 0, List.of(new HealthResult(T0, T0.plusMillis(1500), 0, "ok\n")));
        ContainerInspectJson.HealthJson json = h.toJson();
        assertThat(json.status()).isEqualTo("healthy");
        assertThat(json.log().getFirst().start()).isEqualTo("2026-11-25T10:00:00Z");
        assertThat(json.log().getFirst().end()).isEqualTo("2026-11-25T10:00:01.500Z");
        assertThat(Health.fromJson(json)).isEqualTo(h);
        assertThat(HealthStatus.STARTING.describe()).isEqualTo("health: starting");
        assertThat(HealthStatus.UNHEALTHY.describe()).isEqualTo("unhealthy");
    }

    @Test
    void probeOutputKeeps4096BytesAndMarksTheCut() {
        assertThat(ProbeOutput.limit("short".getBytes())).isEqualTo("short");
        byte[] big = "x".repeat(5000).getBytes();
        String kept = ProbeOutput.limit(big);
        assertThat(kept).hasSize(4096 + 3).endsWith("x...");
        ProbeOutput out = new ProbeOutput();
        out.write("a".repeat(4000).getBytes(), 0, 4000);
        out.write("b".repeat(200).getBytes(), 0, 200);
        assertThat(out.toString()).hasSize(4099).contains("b".repeat(96) + "...");
    }
}
