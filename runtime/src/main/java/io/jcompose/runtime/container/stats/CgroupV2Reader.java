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

/** A container's counters from its cgroup v2 directory: cpu.stat, memory.*, pids.*, io.stat. */
final class CgroupV2Reader implements CgroupReader {

    private final CgroupFs fs;

    CgroupV2Reader(CgroupFs fs) {
        this.fs = fs;
    }

    @Override
    public CpuUsageJson cpu(String id) throws IOException {
        Map<String, Long> stat = CgroupFiles.keyed(fs.dir("", id).resolve("cpu.stat"));
        return new CpuUsageJson(stat.getOrDefault("usage_usec", 0L) * 1000, null,
                stat.getOrDefault("system_usec", 0L) * 1000, stat.getOrDefault("user_usec", 0L) * 1000);
    }

    @Override
    public ThrottlingJson throttling(String id) throws IOException {
        Map<String, Long> stat = CgroupFiles.keyed(fs.dir("", id).resolve("cpu.stat"));
        return new ThrottlingJson(stat.getOrDefault("nr_periods", 0L), stat.getOrDefault("nr_throttled", 0L),
                stat.getOrDefault("throttled_usec", 0L) * 1000);
    }

    /** v2 has no max usage or fail count; an unlimited {@code memory.max} is capped by the caller. */
    @Override
    public MemoryStatsJson memory(String id) throws IOException {
        Path dir = fs.dir("", id);
        return new MemoryStatsJson(CgroupFiles.number(dir.resolve("memory.current")).orElse(0L), null,
                CgroupFiles.keyed(dir.resolve("memory.stat")), null,
                CgroupFiles.number(dir.resolve("memory.max")).orElse(Long.MAX_VALUE));
    }

    @Override
    public PidsStatsJson pids(String id) throws IOException {
        Path dir = fs.dir("", id);
        return new PidsStatsJson(CgroupFiles.number(dir.resolve("pids.current")).orElse(0L),
                CgroupFiles.number(dir.resolve("pids.max")).orElse(0L));
    }

    /** io.stat's {@code MAJ:MIN rbytes=.. wbytes=.. rios=.. wios=..} as docker's {@code read}/{@code write} entries. */
    @Override
    public BlkioStatsJson blkio(String id) throws IOException {
        Path file = fs.dir("", id).resolve("io.stat");
        List<BlkioEntryJson> bytes = new ArrayList<>();
        List<BlkioEntryJson> ios = new ArrayList<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                String[] f = line.strip().split("\\s+");
                if (f.length < 2 || !f[0].contains(":")) {
                    continue;
                }
                String[] dev = f[0].split(":");
                long major = Long.parseLong(dev[0]);
                long minor = Long.parseLong(dev[1]);
                for (int i = 1; i < f.length; i++) {
                    String[] kv = f[i].split("=", 2);
                    if (kv.length != 2) {
                        continue;
                    }
                    long v = CgroupFiles.parse(kv[1]);
                    switch (kv[0]) {
                        case "rbytes" -> bytes.add(new BlkioEntryJson(major, minor, "read", v));
                        case "wbytes" -> bytes.add(new BlkioEntryJson(major, minor, "write", v));
                        case "rios" -> ios.add(new BlkioEntryJson(major, minor, "read", v));
                        case "wios" -> ios.add(new BlkioEntryJson(major, minor, "write", v));
                        default -> {
                        }
                    }
                }
            }
        }
        return BlkioStatsJson.of(bytes, ios);
    }
}
