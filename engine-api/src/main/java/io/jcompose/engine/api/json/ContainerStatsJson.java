package io.jcompose.engine.api.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /containers/{id}/stats}: one sample of a container's cgroup counters with the previous CPU sample
 * beside it, from which {@code docker stats} computes CPU %. Counters are cumulative; times are nanoseconds.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContainerStatsJson(
        @JsonProperty("name") String name,
        @JsonProperty("id") String id,
        @JsonProperty("read") String read,
        @JsonProperty("preread") String preread,
        @JsonProperty("pids_stats") PidsStatsJson pidsStats,
        @JsonProperty("blkio_stats") BlkioStatsJson blkioStats,
        @JsonProperty("num_procs") int numProcs,
        @JsonProperty("storage_stats") Map<String, Object> storageStats,
        @JsonProperty("cpu_stats") CpuStatsJson cpuStats,
        @JsonProperty("precpu_stats") CpuStatsJson precpuStats,
        @JsonProperty("memory_stats") MemoryStatsJson memoryStats,
        @JsonProperty("networks") Map<String, NetworkStatsJson> networks) {

    /** CPU time used by the container, and by the whole host (for the percentage). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CpuStatsJson(
            @JsonProperty("cpu_usage") CpuUsageJson cpuUsage,
            @JsonProperty("system_cpu_usage") Long systemCpuUsage,
            @JsonProperty("online_cpus") Integer onlineCpus,
            @JsonProperty("throttling_data") ThrottlingJson throttlingData) {

        /** The all-zero sample docker sends when there is no earlier one. */
        public static CpuStatsJson zero() {
            return new CpuStatsJson(new CpuUsageJson(0, null, 0, 0), null, null, new ThrottlingJson(0, 0, 0));
        }
    }

    /** Nanoseconds of CPU: in all, per CPU (cgroup v1 only), in the kernel and in user space. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CpuUsageJson(
            @JsonProperty("total_usage") long totalUsage,
            @JsonProperty("percpu_usage") List<Long> percpuUsage,
            @JsonProperty("usage_in_kernelmode") long usageInKernelmode,
            @JsonProperty("usage_in_usermode") long usageInUsermode) {
    }

    /** CFS quota periods, how many were throttled, and for how long (ns). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ThrottlingJson(
            @JsonProperty("periods") long periods,
            @JsonProperty("throttled_periods") long throttledPeriods,
            @JsonProperty("throttled_time") long throttledTime) {
    }

    /** Memory in bytes; {@code stats} is the cgroup's {@code memory.stat} as it is. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MemoryStatsJson(
            @JsonProperty("usage") Long usage,
            @JsonProperty("max_usage") Long maxUsage,
            @JsonProperty("stats") Map<String, Long> stats,
            @JsonProperty("failcnt") Long failcnt,
            @JsonProperty("limit") Long limit) {
    }

    /** Processes (and threads) in the container, and the most it may have (0: no limit). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PidsStatsJson(@JsonProperty("current") Long current, @JsonProperty("limit") Long limit) {
    }

    /** Block I/O per device and operation; lists docker leaves out are {@code null}. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BlkioStatsJson(
            @JsonProperty("io_service_bytes_recursive") List<BlkioEntryJson> ioServiceBytesRecursive,
            @JsonProperty("io_serviced_recursive") List<BlkioEntryJson> ioServicedRecursive,
            @JsonProperty("io_queue_recursive") List<BlkioEntryJson> ioQueueRecursive,
            @JsonProperty("io_service_time_recursive") List<BlkioEntryJson> ioServiceTimeRecursive,
            @JsonProperty("io_wait_time_recursive") List<BlkioEntryJson> ioWaitTimeRecursive,
            @JsonProperty("io_merged_recursive") List<BlkioEntryJson> ioMergedRecursive,
            @JsonProperty("io_time_recursive") List<BlkioEntryJson> ioTimeRecursive,
            @JsonProperty("sectors_recursive") List<BlkioEntryJson> sectorsRecursive) {

        public static BlkioStatsJson of(List<BlkioEntryJson> serviceBytes, List<BlkioEntryJson> serviced) {
            return new BlkioStatsJson(serviceBytes, serviced, null, null, null, null, null, null);
        }
    }

    /** One device's counter for one operation ({@code Read}, {@code Write}... on v1; {@code read}, {@code write} on v2). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BlkioEntryJson(@JsonProperty("major") long major, @JsonProperty("minor") long minor,
            @JsonProperty("op") String op, @JsonProperty("value") long value) {
    }

    /** One interface's counters (for when containers have networks). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NetworkStatsJson(
            @JsonProperty("rx_bytes") long rxBytes,
            @JsonProperty("rx_packets") long rxPackets,
            @JsonProperty("rx_errors") long rxErrors,
            @JsonProperty("rx_dropped") long rxDropped,
            @JsonProperty("tx_bytes") long txBytes,
            @JsonProperty("tx_packets") long txPackets,
            @JsonProperty("tx_errors") long txErrors,
            @JsonProperty("tx_dropped") long txDropped) {
    }
}
