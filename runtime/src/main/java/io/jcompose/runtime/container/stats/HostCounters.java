package io.jcompose.runtime.container.stats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The host-wide numbers docker puts beside a container's: CPU time of all CPUs, online CPUs, memory size. */
final class HostCounters {

    private static final long NANOS_PER_TICK = 1_000_000_000L / 100;

    private final Path proc;

    HostCounters(Path proc) {
        this.proc = proc;
    }

    /** Host CPU time in nanoseconds (user..softirq of /proc/stat's {@code cpu} line) and the CPUs listed there. */
    record Cpu(long systemUsageNanos, int online) {
    }

    Cpu cpu() throws IOException {
        long ticks = 0;
        int online = 0;
        for (String line : Files.readAllLines(proc.resolve("stat"))) {
            String[] f = line.strip().split("\\s+");
            if (f[0].equals("cpu")) {
                for (int i = 1; i <= 7 && i < f.length; i++) {
                    ticks += Long.parseLong(f[i]);
                }
            } else if (f[0].startsWith("cpu") && f[0].length() > 3 && Character.isDigit(f[0].charAt(3))) {
                online++;
            }
        }
        return new Cpu(ticks * NANOS_PER_TICK, online);
    }

    /** MemTotal of /proc/meminfo in bytes, 0 when unknown. */
    long memoryBytes() throws IOException {
        Path meminfo = proc.resolve("meminfo");
        if (!Files.exists(meminfo)) {
            return 0;
        }
        for (String line : Files.readAllLines(meminfo)) {
            if (line.startsWith("MemTotal:")) {
                String[] f = line.split("\\s+");
                return Long.parseLong(f[1]) * 1024;
            }
        }
        return 0;
    }
}
