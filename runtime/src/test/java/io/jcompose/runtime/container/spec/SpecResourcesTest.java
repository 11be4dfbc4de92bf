package io.jcompose.runtime.container.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.runtime.container.spec.json.LinuxResourcesJson;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpecResourcesTest {

    private static final SpecHost HOST = new SpecHost(40, true, 4, false);
    private static final SpecHost NO_SWAP = new SpecHost(40, false, 4, false);
    private static final long MIB = 1024 * 1024;
    private static final ContainerSpec.Resources NONE = ContainerSpec.Resources.NONE;

    @Test
    void nothingAskedMeansOnlyTheDeviceRules() {
        LinuxResourcesJson json = SpecResources.of(NONE, false, HOST);
        assertThat(json).isEqualTo(new LinuxResourcesJson(SpecResources.DEFAULT_DEVICES, null, null, null));
        assertThat(SpecResources.of(NONE, true, HOST).devices()).isEqualTo(SpecResources.ALL_DEVICES);
    }

    @ParameterizedTest
    @CsvSource({
            "1500000000, 150000",
            "1000000000, 100000",
            "500000000,  50000",
            "10000000,   1000",
            "4000000000, 400000"})
    void nanoCpusBecomeAQuotaOverAHundredMillisecondPeriod(long nanoCpus, long quota) {
        LinuxResourcesJson.Cpu cpu = SpecResources.of(NONE.withNanoCpus(nanoCpus), false, HOST).cpu();
        assertThat(cpu).isEqualTo(new LinuxResourcesJson.Cpu(null, quota, 100_000L, null, null));
    }

    @Test
    void cpuSharesQuotaPeriodAndCpusetPassThrough() {
        ContainerSpec.Resources r = new ContainerSpec.Resources(0, 0, 0, 0, 512, 20_000, 50_000,
                Optional.of("0-1"), Optional.of("0"), 0, false);
        assertThat(SpecResources.of(r, false, HOST).cpu())
                .isEqualTo(new LinuxResourcesJson.Cpu(512L, 20_000L, 50_000L, "0-1", "0"));
    }

    @Test
    void swapIsTwiceTheMemoryUnlessGivenAndOnlyWhereAccounted() {
        assertThat(SpecResources.of(NONE.withMemory(64 * MIB, 0), false, HOST).memory())
                .isEqualTo(new LinuxResourcesJson.Memory(64 * MIB, null, 128 * MIB, null));
        assertThat(SpecResources.of(NONE.withMemory(64 * MIB, 100 * MIB), false, HOST).memory().swap())
                .isEqualTo(100 * MIB);
        assertThat(SpecResources.of(NONE.withMemory(64 * MIB, -1), false, HOST).memory().swap()).isEqualTo(-1L);
        assertThat(SpecResources.of(NONE.withMemory(64 * MIB, 0), false, NO_SWAP).memory())
                .isEqualTo(new LinuxResourcesJson.Memory(64 * MIB, null, null, null));
    }

    @Test
    void pidsLimitOnlyWhenPositive() {
        assertThat(SpecResources.of(NONE.withPidsLimit(100), false, HOST).pids().limit()).isEqualTo(100);
        assertThat(SpecResources.of(NONE.withPidsLimit(-1), false, HOST).pids()).isNull();
    }

    @Test
    void reservationAndOomKillDisable() {
        ContainerSpec.Resources r = new ContainerSpec.Resources(0, 32 * MIB, 0, 0, 0, 0, 0, Optional.empty(),
                Optional.empty(), 0, true);
        assertThat(SpecResources.of(r, false, HOST).memory())
                .isEqualTo(new LinuxResourcesJson.Memory(null, 32 * MIB, null, true));
    }

    @Test
    void dockersChecks() {
        assertFails(NONE.withMemory(MIB, 0), "Minimum memory limit allowed is 6MB");
        assertFails(NONE.withMemory(0, 64 * MIB),
                "You should always set the Memory limit when using Memoryswap limit, see usage");
        assertFails(NONE.withMemory(64 * MIB, 32 * MIB),
                "Minimum memoryswap limit should be larger than memory limit, see usage");
        assertFails(new ContainerSpec.Resources(0, 0, 0, 1_000_000_000, 0, 0, 100_000, Optional.empty(),
                Optional.empty(), 0, false), "Conflicting options: Nano CPUs and CPU Period cannot both be set");
        assertFails(new ContainerSpec.Resources(0, 0, 0, 1_000_000_000, 0, 50_000, 0, Optional.empty(),
                Optional.empty(), 0, false), "Conflicting options: Nano CPUs and CPU Quota cannot both be set");
        assertFails(NONE.withNanoCpus(5_000_000_000L), "Range of CPUs is from 0.01 to 4.00, as there are only 4 CPUs available");
        assertFails(new ContainerSpec.Resources(0, 0, 0, 0, 0, 0, 500, Optional.empty(), Optional.empty(), 0, false),
                "CPU cfs period can not be less than 1ms (i.e. 1000) or larger than 1s (i.e. 1000000)");
        assertFails(new ContainerSpec.Resources(0, 0, 0, 0, 0, 999, 0, Optional.empty(), Optional.empty(), 0, false),
                "CPU cfs quota can not be less than 1ms (i.e. 1000)");
        assertFails(new ContainerSpec.Resources(16 * MIB, 32 * MIB, 0, 0, 0, 0, 0, Optional.empty(), Optional.empty(),
                0, false), "Minimum memory limit can not be less than memory reservation limit, see usage");
    }

    private static void assertFails(ContainerSpec.Resources r, String message) {
        assertThatThrownBy(() -> SpecResources.of(r, false, HOST)).isInstanceOf(SpecException.class).hasMessage(message);
    }
}
