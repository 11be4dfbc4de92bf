package io.jcompose.runtime.container.stats;

import io.jcompose.engine.api.json.ContainerStatsJson.BlkioEntryJson;
import io.jcompose.engine.api.json.ContainerStatsJson.BlkioStatsJson;
import io.jcompose.engine.api.json.ContainerStatsJson.CpuUsageJson;
import io.jcompose.engine.api.json.ContainerStatsJson.MemoryStatsJson;
import io.jcompose.engine.api.json.ContainerStatsJson.PidsStatsJson;
import io.jcompose.engine.api.json.ContainerStatsJson.ThrottlingJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A container's counters from cgroup v1: cpuacct, cpu, memory, pids and blkio controllers. */
final class CgroupV1Reader implements CgroupReader {

    /** cpuacct.stat counts in USER_HZ ticks, 100 per second on Linux. */
    private static final long NANOS_PER_TICK = 1_000_000_000L / 100;

    private final CgroupFs fs;

    CgroupV1Reader(CgroupFs fs) {
        this.fs = fs;
    }

    @Override
    public CpuUsageJson cpu(String id) throws IOException {
        Path acct = fs.dir("cpuacct", id);
        Map<String, Long> stat = CgroupFiles.keyed(acct.resolve("cpuacct.stat"));
        List<Long> percpu = CgroupFiles.numbers(acct.resolve("cpuacct.usage_percpu"));
        return new CpuUsageJson(CgroupFiles.number(acct.resolve("cpuacct.usage")).orElse(0L),
                percpu.isEmpty() ? null : percpu, stat.getOrDefault("system", 0L) * NANOS_PER_TICK,
                stat.getOrDefault("user", 0L) * NANOS_PER_TICK);
    }

    @Override
    public ThrottlingJson throttling(String id) throws IOException {
        Map<String, Long> stat = CgroupFiles.keyed(fs.dir("cpu", id).resolve("cpu.stat"));
        return new ThrottlingJson(stat.getOrDefault("nr_periods", 0L), stat.getOrDefault("nr_throttled", 0L),
                stat.getOrDefault("throttled_time", 0L));
    }

    /** Usage and limit; the caller caps an unlimited limit at the host's memory, as docker does. */
    @Override
    public MemoryStatsJson memory(String id) throws IOException {
        Path mem = fs.dir("memory", id);
        return new MemoryStatsJson(CgroupFiles.number(mem.resolve("memory.usage_in_bytes")).orElse(0L),
                CgroupFiles.number(mem.resolve("memory.max_usage_in_bytes")).orElse(0L),
                CgroupFiles.keyed(mem.resolve("memory.stat")),
                CgroupFiles.number(mem.resolve("memory.failcnt")).orElse(0L),
                CgroupFiles.number(mem.resolve("memory.limit_in_bytes")).orElse(Long.MAX_VALUE));
    }

    @Override
    public PidsStatsJson pids(String id) throws IOException {
        Path pids = fs.dir("pids", id);
        return new PidsStatsJson(CgroupFiles.number(pids.resolve("pids.current")).orElse(0L),
                CgroupFiles.number(pids.resolve("pids.max")).orElse(0L));
    }

    @Override
    public BlkioStatsJson blkio(String id) throws IOException {
        Path blkio = fs.dir("blkio", id);
        return BlkioStatsJson.of(entries(blkio, "blkio.throttle.io_service_bytes_recursive",
                "blkio.throttle.io_service_bytes"), entries(blkio, "blkio.throttle.io_serviced_recursive",
                "blkio.throttle.io_serviced"));
    }

    /** {@code MAJ:MIN Op value} lines of the first file that exists; the {@code Total} lines are left out. */
    private static List<BlkioEntryJson> entries(Path dir, String... names) throws IOException {
        for (String name : names) {
            Path file = dir.resolve(name);
            if (!Files.exists(file)) {
                continue;
            }
            List<BlkioEntryJson> out = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                String[] f = line.strip().split("\\s+");
                if (f.length == 3 && f[0].contains(":")) {
                    String[] dev = f[0].split(":");
                    out.add(new BlkioEntryJson(Long.parseLong(dev[0]), Long.parseLong(dev[1]), f[1],
                            CgroupFiles.parse(f[2])));
                }
            }
            return out;
        }
        return List.of();
    }
}
