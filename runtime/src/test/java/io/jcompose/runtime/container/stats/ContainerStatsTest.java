package io.jcompose.runtime.container.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.engine.api.json.ContainerStatsJson;
import io.jcompose.engine.api.json.ContainerStatsJson.BlkioEntryJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ContainerStatsTest {

    private static final String ID = "a".repeat(64);
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private Path proc() throws IOException {
        Path proc = Files.createDirectories(dir.resolve("proc"));
        Files.writeString(proc.resolve("stat"), """
                cpu  538369 10 65741 1238679 3983 0 676 557 0 0
                cpu0 267839 5 30559 624376 769 0 141 268 0 0
                cpu1 270530 5 35181 614303 3214 0 534 288 0 0
                intr 12345
                ctxt 999
                """);
        Files.writeString(proc.resolve("meminfo"), "MemTotal:        8000000 kB\nMemFree:  100 kB\n");
        return proc;
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name), text);
    }

    private Path v1(String controller) {
        return dir.resolve("cg").resolve(controller).resolve("jcompose").resolve(ID);
    }

    private void v1Tree(String memoryLimit, String pidsMax) throws IOException {
        write(v1("cpuacct"), "cpuacct.usage", "3000000000\n");
        write(v1("cpuacct"), "cpuacct.usage_percpu", "1000000000 2000000000 \n");
        write(v1("cpuacct"), "cpuacct.stat", "user 120\nsystem 30\n");
        write(v1("cpu"), "cpu.stat", "nr_periods 10\nnr_throttled 2\nthrottled_time 5000\nnr_bursts 0\n");
        write(v1("memory"), "memory.usage_in_bytes", "10485760\n");
        write(v1("memory"), "memory.max_usage_in_bytes", "20971520\n");
        write(v1("memory"), "memory.failcnt", "0\n");
        write(v1("memory"), "memory.limit_in_bytes", memoryLimit + "\n");
        write(v1("memory"), "memory.stat", "cache 4096\nrss 8192\ntotal_inactive_file 1048576\n"
                + "hierarchical_memsw_limit 9223372036854771712\n");
        write(v1("pids"), "pids.current", "3\n");
        write(v1("pids"), "pids.max", pidsMax + "\n");
        write(v1("pids"), "cgroup.procs", "1201\n1188\n1202\n");
        write(v1("blkio"), "blkio.throttle.io_service_bytes_recursive",
                "8:0 Read 4096\n8:0 Write 8192\n8:0 Sync 0\n8:0 Total 12288\nTotal 12288\n");
        write(v1("blkio"), "blkio.throttle.io_serviced_recursive", "8:0 Read 1\n8:0 Write 2\nTotal 3\n");
    }

    private ContainerStats stats() throws IOException {
        return new ContainerStats(CgroupFs.detect(dir.resolve("cg")), proc(), Clock.fixed(T0, ZoneOffset.UTC));
    }

    @Test
    void cgroupV1() throws IOException {
        v1Tree("67108864", "max");
        StatsSample s = stats().sample(ID);
        assertThat(s.read()).isEqualTo(T0);
        assertThat(s.cpu().cpuUsage().totalUsage()).isEqualTo(3_000_000_000L);
        assertThat(s.cpu().cpuUsage().percpuUsage()).containsExactly(1_000_000_000L, 2_000_000_000L);
        assertThat(s.cpu().cpuUsage().usageInUsermode()).isEqualTo(1_200_000_000L);
        assertThat(s.cpu().cpuUsage().usageInKernelmode()).isEqualTo(300_000_000L);
        assertThat(s.cpu().systemCpuUsage()).isEqualTo((538369L + 10 + 65741 + 1238679 + 3983 + 0 + 676) * 10_000_000L);
        assertThat(s.cpu().onlineCpus()).isEqualTo(2);
        assertThat(s.cpu().throttlingData().throttledPeriods()).isEqualTo(2);
        assertThat(s.cpu().throttlingData().throttledTime()).isEqualTo(5000);
        assertThat(s.memory().usage()).isEqualTo(10_485_760L);
        assertThat(s.memory().maxUsage()).isEqualTo(20_971_520L);
        assertThat(s.memory().limit()).isEqualTo(64L << 20);
        assertThat(s.memory().stats()).containsEntry("total_inactive_file", 1_048_576L).containsEntry("rss", 8192L);
        assertThat(s.pids().current()).isEqualTo(3);
        assertThat(s.pids().limit()).isZero();
        assertThat(s.blkio().ioServiceBytesRecursive()).containsExactly(new BlkioEntryJson(8, 0, "Read", 4096),
                new BlkioEntryJson(8, 0, "Write", 8192), new BlkioEntryJson(8, 0, "Sync", 0),
                new BlkioEntryJson(8, 0, "Total", 12288));
        assertThat(s.blkio().ioServicedRecursive()).hasSize(2);
    }

    @Test
    void noMemoryLimitMeansTheHostsMemoryAndAPidsLimitIsShown() throws IOException {
        v1Tree("9223372036854771712", "64");
        StatsSample s = stats().sample(ID);
        assertThat(s.memory().limit()).isEqualTo(8_000_000L * 1024);
        assertThat(s.pids().limit()).isEqualTo(64);
    }

    @Test
    void cgroupV2() throws IOException {
        Path cg = dir.resolve("cg");
        write(cg, "cgroup.controllers", "cpu io memory pids\n");
        Path c = cg.resolve("jcompose").resolve(ID);
        write(c, "cgroup.procs", "42\n");
        write(c, "cpu.stat", "usage_usec 2500\nuser_usec 2000\nsystem_usec 500\nnr_periods 4\nnr_throttled 1\n"
                + "throttled_usec 7\n");
        write(c, "memory.current", "5242880\n");
        write(c, "memory.max", "max\n");
        write(c, "memory.stat", "anon 100\nfile 200\ninactive_file 50\n");
        write(c, "pids.current", "1\n");
        write(c, "pids.max", "max\n");
        write(c, "io.stat", "8:0 rbytes=1024 wbytes=2048 rios=1 wios=2 dbytes=0 dios=0\n");
        StatsSample s = stats().sample(ID);
        assertThat(s.cpu().cpuUsage().totalUsage()).isEqualTo(2_500_000L);
        assertThat(s.cpu().cpuUsage().percpuUsage()).isNull();
        assertThat(s.cpu().cpuUsage().usageInUsermode()).isEqualTo(2_000_000L);
        assertThat(s.cpu().throttlingData().throttledTime()).isEqualTo(7000);
        assertThat(s.memory().usage()).isEqualTo(5_242_880L);
        assertThat(s.memory().maxUsage()).isNull();
        assertThat(s.memory().limit()).isEqualTo(8_000_000L * 1024);
        assertThat(s.memory().stats()).containsEntry("inactive_file", 50L);
        assertThat(s.pids().limit()).isZero();
        assertThat(s.blkio().ioServiceBytesRecursive()).containsExactly(new BlkioEntryJson(8, 0, "read", 1024),
                new BlkioEntryJson(8, 0, "write", 2048));
        assertThat(new ProcessTable(CgroupFs.detect(cg), args -> "").pids(ID)).containsExactly(42L);
    }

    @Test
    void aContainerWithoutCgroupIsNotRunning() throws IOException {
        assertThatThrownBy(() -> stats().sample(ID)).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("has no cgroup");
    }

    @Test
    void theJsonDockerClientsRead() throws IOException {
        v1Tree("67108864", "max");
        ContainerStats stats = stats();
        StatsSample first = stats.sample(ID);
        StatsSample later = new StatsSample(first.read().plusSeconds(1), first.cpu(), first.memory(), first.pids(),
                first.blkio());
        JsonNode json = JSON.readTree(JSON.writeValueAsString(ContainerStats.json(ID, "web", later,
                Optional.of(first))));
        assertThat(json.get("name").asString()).isEqualTo("/web");
        assertThat(json.get("id").asString()).isEqualTo(ID);
        assertThat(json.get("read").asString()).isEqualTo("2026-11-25T10:00:01Z");
        assertThat(json.get("preread").asString()).isEqualTo("2026-11-25T10:00:00Z");
        assertThat(json.at("/cpu_stats/cpu_usage/total_usage").asLong()).isEqualTo(3_000_000_000L);
        assertThat(json.at("/precpu_stats/system_cpu_usage").asLong()).isPositive();
        assertThat(json.at("/memory_stats/stats/total_inactive_file").asLong()).isEqualTo(1_048_576L);
        assertThat(json.at("/memory_stats/limit").asLong()).isEqualTo(67_108_864L);
        assertThat(json.at("/pids_stats/current").asLong()).isEqualTo(3);
        assertThat(json.at("/blkio_stats/io_service_bytes_recursive/0/op").asString()).isEqualTo("Read");
        assertThat(json.at("/blkio_stats").has("io_queue_recursive")).isTrue();
        assertThat(json.has("networks")).isFalse();
        assertThat(json.get("num_procs").asInt()).isZero();

        JsonNode oneShot = JSON.readTree(JSON.writeValueAsString(ContainerStats.json(ID, "/web", first,
                Optional.empty())));
        assertThat(oneShot.get("name").asString()).isEqualTo("/web");
        assertThat(oneShot.get("preread").asString()).isEqualTo("0001-01-01T00:00:00Z");
        assertThat(oneShot.at("/precpu_stats/cpu_usage/total_usage").asLong()).isZero();
        assertThat(oneShot.at("/precpu_stats").has("system_cpu_usage")).isFalse();

        ContainerStatsJson empty = ContainerStats.empty(ID, "web");
        JsonNode e = JSON.readTree(JSON.writeValueAsString(empty));
        assertThat(e.get("read").asString()).isEqualTo("0001-01-01T00:00:00Z");
        assertThat(e.at("/memory_stats").isEmpty()).isTrue();
        assertThat(JSON.readValue(JSON.writeValueAsString(empty), ContainerStatsJson.class)).isEqualTo(empty);
    }

    @Test
    void processesOfSubCgroupsCount() throws IOException {
        v1Tree("67108864", "max");
        write(v1("pids").resolve("sub"), "cgroup.procs", "1300\n");
        assertThat(new ProcessTable(CgroupFs.detect(dir.resolve("cg")), args -> "").pids(ID))
                .isEqualTo(List.of(1188L, 1201L, 1202L, 1300L));
    }
}
