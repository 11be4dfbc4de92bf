package io.jcompose.cli.container;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.engine.api.json.ContainerStatsJson.CpuStatsJson;
import io.jcompose.engine.api.json.ContainerStatsJson.CpuUsageJson;
import io.jcompose.engine.api.json.ContainerStatsJson.MemoryStatsJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docker stats' numbers: go-units sizes with Go's %g, and the CPU and memory arithmetic. */
class GoUnitsTest {

    @Test
    void sizesAreWrittenAsGoUnitsWritesThem() {
        assertThat(GoUnits.bytesSize(0)).isEqualTo("0B");
        assertThat(GoUnits.bytesSize(1536)).isEqualTo("1.5KiB");
        assertThat(GoUnits.bytesSize(8 * 1024 * 1024)).isEqualTo("8MiB");
        assertThat(GoUnits.bytesSize(1023.99)).isEqualTo("1024B");
        assertThat(GoUnits.bytesSize(123456789)).isEqualTo("117.7MiB");
        assertThat(GoUnits.humanSize(100)).isEqualTo("100B");
        assertThat(GoUnits.humanSize(1000)).isEqualTo("1kB");
        assertThat(GoUnits.humanSize(4096)).isEqualTo("4.1kB");
        assertThat(GoUnits.humanSize(12_345_678)).isEqualTo("12.3MB");
        assertThat(GoUnits.humanSize(999_700)).isEqualTo("1e+03kB"); // Go's %.3g rounds up into an exponent
        assertThat(GoUnits.g(0.00001234, 3)).isEqualTo("1.23e-05");
        assertThat(GoUnits.g(0.0001234, 3)).isEqualTo("0.000123");
    }

    @Test
    void cpuPercentIsTheCpuShareOfTheSystemDeltaTimesTheCpus() {
        CpuStatsJson before = new CpuStatsJson(new CpuUsageJson(100, null, 0, 0), 1_000L, null, null);
        CpuStatsJson now = new CpuStatsJson(new CpuUsageJson(150, List.of(1L, 2L, 3L, 4L), 0, 0), 2_000L, null, null);
        assertThat(StatsRow.cpuPercent(before, now)).isEqualTo(20.0); // 50/1000 * 4 percpu entries * 100
        assertThat(StatsRow.cpuPercent(now, now)).isZero();
        assertThat(StatsRow.cpuPercent(null, null)).isZero();
    }

    @Test
    void memoryLeavesTheInactiveFileCacheOut() {
        assertThat(StatsRow.memoryUsage(new MemoryStatsJson(1000L, null, Map.of("total_inactive_file", 300L), null,
                null))).isEqualTo(700);
        assertThat(StatsRow.memoryUsage(new MemoryStatsJson(1000L, null, Map.of("inactive_file", 100L), null,
                null))).isEqualTo(900);
        assertThat(StatsRow.memoryUsage(new MemoryStatsJson(1000L, null, Map.of("inactive_file", 5000L), null,
                null))).isEqualTo(1000);
        assertThat(StatsRow.memoryUsage(null)).isZero();
    }
}
