package io.jcompose.runtime.container.stats;

import io.jcompose.engine.api.json.ContainerStatsJson;
import io.jcompose.engine.api.json.ContainerStatsJson.BlkioStatsJson;
import io.jcompose.engine.api.json.ContainerStatsJson.CpuStatsJson;
import io.jcompose.engine.api.json.ContainerStatsJson.MemoryStatsJson;
import io.jcompose.engine.api.json.ContainerStatsJson.PidsStatsJson;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

/**
 * Docker's {@code stats} for a container, read from its cgroup (v1 or v2) and the host's {@code /proc}: CPU time
 * beside the host's (for the percentage), memory against its limit (no limit: the host's memory), processes
 * against their limit, block I/O.
 */
public final class ContainerStats {

    /** Docker's zero time, for a sample that is not there. */
    public static final String ZERO_TIME = "0001-01-01T00:00:00Z";

    private final CgroupFs cgroups;
    private final CgroupReader reader;
    private final HostCounters host;
    private final Clock clock;

    public ContainerStats(CgroupFs cgroups, Path procRoot, Clock clock) {
        this.cgroups = cgroups;
        this.reader = cgroups.v2() ? new CgroupV2Reader(cgroups) : new CgroupV1Reader(cgroups);
        this.host = new HostCounters(procRoot);
        this.clock = clock;
    }

    /** This host's {@code /sys/fs/cgroup} and {@code /proc}. */
    public static ContainerStats host() {
        return new ContainerStats(CgroupFs.host(), Path.of("/proc"), Clock.systemUTC());
    }

    /** The host's cgroups, containers under the cgroup {@code parent}. */
    public static ContainerStats host(String parent) {
        return new ContainerStats(CgroupFs.host(parent), Path.of("/proc"), Clock.systemUTC());
    }

    public CgroupFs cgroups() {
        return cgroups;
    }

    /** Reads the container's counters now; NoSuchFileException when it has no cgroup (it is not running). */
    public StatsSample sample(String containerId) throws IOException {
        if (!cgroups.exists(containerId)) {
            throw new NoSuchFileException(cgroups.dir("pids", containerId).toString(), null,
                    "container " + containerId + " has no cgroup");
        }
        Instant at = clock.instant();
        HostCounters.Cpu hostCpu = host.cpu();
        CpuStatsJson cpu = new CpuStatsJson(reader.cpu(containerId), hostCpu.systemUsageNanos(), hostCpu.online(),
                reader.throttling(containerId));
        MemoryStatsJson mem = reader.memory(containerId);
        long machine = host.memoryBytes();
        if (mem.limit() != null && machine > 0 && mem.limit() > machine) {
            mem = new MemoryStatsJson(mem.usage(), mem.maxUsage(), mem.stats(), mem.failcnt(), machine);
        }
        PidsStatsJson pids = reader.pids(containerId);
        BlkioStatsJson blkio = reader.blkio(containerId);
        return new StatsSample(at, cpu, mem, pids, blkio);
    }

    /** Docker's answer from a sample and the one before it (none: zero {@code precpu_stats}, as a first frame). */
    public static ContainerStatsJson json(String containerId, String name, StatsSample now,
            Optional<StatsSample> previous) {
        return new ContainerStatsJson(slashed(name), containerId, time(now.read()),
                previous.map(p -> time(p.read())).orElse(ZERO_TIME), now.pids(), now.blkio(), 0, Map.of(),
                now.cpu(), previous.map(StatsSample::cpu).orElseGet(CpuStatsJson::zero), now.memory(), null);
    }

    /** What docker answers for a container that is not running: name and ID, everything else zero. */
    public static ContainerStatsJson empty(String containerId, String name) {
        return new ContainerStatsJson(slashed(name), containerId, ZERO_TIME, ZERO_TIME,
                new PidsStatsJson(null, null), BlkioStatsJson.of(null, null), 0, Map.of(), CpuStatsJson.zero(),
                CpuStatsJson.zero(), new MemoryStatsJson(null, null, null, null, null), null);
    }

    private static String slashed(String name) {
        return name.startsWith("/") ? name : "/" + name;
    }

    private static String time(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at);
    }
}
