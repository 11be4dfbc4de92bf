package io.jcompose.cli.container;

import io.jcompose.engine.api.json.ContainerStatsJson;
import io.jcompose.engine.api.json.ContainerStatsJson.BlkioEntryJson;
import io.jcompose.engine.api.json.ContainerStatsJson.CpuStatsJson;
import io.jcompose.engine.api.json.ContainerStatsJson.MemoryStatsJson;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One container's line of {@code docker stats}, computed as the docker CLI computes it from a stats sample: CPU %
 * from the CPU and system deltas times the online CPUs, memory without the inactive file cache, network and block
 * I/O summed over interfaces and devices. An invalid row (its stream ended or failed) shows {@code --}.
 */
final class StatsRow implements FormatRow {

    static final String DEFAULT = "table {{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t{{.NetIO}}\t"
            + "{{.BlockIO}}\t{{.PIDs}}";
    static final Map<String, String> HEADERS = Map.of("Container", "CONTAINER", "Name", "NAME", "ID", "CONTAINER ID",
            "CPUPerc", "CPU %", "MemUsage", "MEM USAGE / LIMIT", "MemPerc", "MEM %", "NetIO", "NET I/O",
            "BlockIO", "BLOCK I/O", "PIDs", "PIDS");
    private static final String NO_VALUE = "--";

    private final Map<String, String> fields;

    private StatsRow(Map<String, String> fields) {
        this.fields = fields;
    }

    /** The row for {@code container} (as the user named it) from one sample. */
    static StatsRow of(String container, ContainerStatsJson s, boolean noTrunc) {
        double memory = memoryUsage(s.memoryStats());
        double limit = s.memoryStats() == null || s.memoryStats().limit() == null ? 0 : s.memoryStats().limit();
        long[] net = network(s);
        long[] block = blockIo(s);
        Map<String, String> f = base(container, s.name(), s.id(), noTrunc);
        f.put("CPUPerc", percent(cpuPercent(s.precpuStats(), s.cpuStats())));
        f.put("MemUsage", GoUnits.bytesSize(memory) + " / " + GoUnits.bytesSize(limit));
        f.put("MemPerc", percent(limit == 0 ? 0 : memory / limit * 100.0));
        f.put("NetIO", GoUnits.humanSize(net[0]) + " / " + GoUnits.humanSize(net[1]));
        f.put("BlockIO", GoUnits.humanSize(block[0]) + " / " + GoUnits.humanSize(block[1]));
        f.put("PIDs", Long.toString(s.pidsStats() == null || s.pidsStats().current() == null ? 0
                : s.pidsStats().current()));
        return new StatsRow(Map.copyOf(f));
    }

    /** A row without numbers: no sample yet, or its stream ended. */
    static StatsRow invalid(String container, String name, String id, boolean noTrunc) {
        Map<String, String> f = base(container, name, id, noTrunc);
        for (String field : List.of("CPUPerc", "MemPerc", "NetIO", "BlockIO", "PIDs")) {
            f.put(field, NO_VALUE);
        }
        f.put("MemUsage", "-- / --");
        return new StatsRow(Map.copyOf(f));
    }

    /** This row's numbers gone, its names kept. */
    StatsRow invalidated() {
        return invalid(fields.get("Container"), fields.get("Name"), fields.get("ID"), true);
    }

    private static Map<String, String> base(String container, String name, String id, boolean noTrunc) {
        Map<String, String> f = new TreeMap<>();
        f.put("Container", container);
        String plain = name == null ? "" : name.startsWith("/") ? name.substring(1) : name;
        f.put("Name", plain.isEmpty() ? NO_VALUE : plain);
        String full = id == null ? "" : id;
        f.put("ID", noTrunc || full.length() <= 12 ? full : full.substring(0, 12));
        return f;
    }

    static double cpuPercent(CpuStatsJson previous, CpuStatsJson now) {
        if (now == null || now.cpuUsage() == null) {
            return 0;
        }
        double before = previous == null || previous.cpuUsage() == null ? 0 : previous.cpuUsage().totalUsage();
        double systemBefore = previous == null || previous.systemCpuUsage() == null ? 0 : previous.systemCpuUsage();
        double cpuDelta = now.cpuUsage().totalUsage() - before;
        double systemDelta = (now.systemCpuUsage() == null ? 0 : now.systemCpuUsage()) - systemBefore;
        double cpus = now.onlineCpus() == null ? 0 : now.onlineCpus();
        if (cpus == 0 && now.cpuUsage().percpuUsage() != null) {
            cpus = now.cpuUsage().percpuUsage().size();
        }
        return systemDelta > 0 && cpuDelta > 0 ? cpuDelta / systemDelta * cpus * 100.0 : 0;
    }

    /** Usage less the inactive file cache ({@code total_inactive_file} on cgroup v1, {@code inactive_file} on v2). */
    static double memoryUsage(MemoryStatsJson m) {
        if (m == null || m.usage() == null) {
            return 0;
        }
        long usage = m.usage();
        Map<String, Long> stats = m.stats() == null ? Map.of() : m.stats();
        Long v1 = stats.get("total_inactive_file");
        if (v1 != null && v1 < usage) {
            return usage - v1;
        }
        long v2 = stats.getOrDefault("inactive_file", 0L);
        return v2 < usage ? usage - v2 : usage;
    }

    private static long[] network(ContainerStatsJson s) {
        long rx = 0;
        long tx = 0;
        for (var n : s.networks() == null ? List.<ContainerStatsJson.NetworkStatsJson>of() : s.networks().values()) {
            rx += n.rxBytes();
            tx += n.txBytes();
        }
        return new long[] {rx, tx};
    }

    private static long[] blockIo(ContainerStatsJson s) {
        long read = 0;
        long write = 0;
        List<BlkioEntryJson> entries = s.blkioStats() == null || s.blkioStats().ioServiceBytesRecursive() == null
                ? List.of() : s.blkioStats().ioServiceBytesRecursive();
        for (BlkioEntryJson e : entries) {
            String op = e.op() == null ? "" : e.op().toLowerCase(Locale.ROOT);
            if (op.startsWith("r")) {
                read += e.value();
            } else if (op.startsWith("w")) {
                write += e.value();
            }
        }
        return new long[] {read, write};
    }

    /** Go's {@code FormatFloat(v, 'f', 2)}: the exact binary value rounded half to even. */
    private static String percent(double value) {
        return new java.math.BigDecimal(value).setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    @Override
    public String field(String name) {
        return fields.get(name);
    }

    @Override
    public Map<String, String> fields() {
        return new TreeMap<>(fields);
    }
}
