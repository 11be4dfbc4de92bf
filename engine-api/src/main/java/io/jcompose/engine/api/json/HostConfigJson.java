package io.jcompose.engine.api.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A container's {@code HostConfig}: how it sits on the host (mounts, ports, restart policy, limits, security).
 * Docker inlines the {@code Resources} fields here, so they are flat in this record too.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record HostConfigJson(
        @JsonProperty("Binds") List<String> binds,
        @JsonProperty("LogConfig") LogConfigJson logConfig,
        @JsonProperty("NetworkMode") String networkMode,
        @JsonProperty("PortBindings") Map<String, List<PortBindingJson>> portBindings,
        @JsonProperty("RestartPolicy") RestartPolicyJson restartPolicy,
        @JsonProperty("AutoRemove") Boolean autoRemove,
        @JsonProperty("VolumesFrom") List<String> volumesFrom,
        @JsonProperty("Mounts") List<MountJson> mounts,
        @JsonProperty("CapAdd") List<String> capAdd,
        @JsonProperty("CapDrop") List<String> capDrop,
        @JsonProperty("CgroupnsMode") String cgroupnsMode,
        @JsonProperty("Dns") List<String> dns,
        @JsonProperty("DnsOptions") List<String> dnsOptions,
        @JsonProperty("DnsSearch") List<String> dnsSearch,
        @JsonProperty("ExtraHosts") List<String> extraHosts,
        @JsonProperty("GroupAdd") List<String> groupAdd,
        @JsonProperty("IpcMode") String ipcMode,
        @JsonProperty("Links") List<String> links,
        @JsonProperty("OomScoreAdj") Integer oomScoreAdj,
        @JsonProperty("PidMode") String pidMode,
        @JsonProperty("Privileged") Boolean privileged,
        @JsonProperty("PublishAllPorts") Boolean publishAllPorts,
        @JsonProperty("ReadonlyRootfs") Boolean readonlyRootfs,
        @JsonProperty("SecurityOpt") List<String> securityOpt,
        @JsonProperty("Tmpfs") Map<String, String> tmpfs,
        @JsonProperty("UTSMode") String utsMode,
        @JsonProperty("ShmSize") Long shmSize,
        @JsonProperty("Sysctls") Map<String, String> sysctls,
        @JsonProperty("Runtime") String runtime,
        @JsonProperty("CpuShares") Long cpuShares,
        @JsonProperty("Memory") Long memory,
        @JsonProperty("CgroupParent") String cgroupParent,
        @JsonProperty("CpuPeriod") Long cpuPeriod,
        @JsonProperty("CpuQuota") Long cpuQuota,
        @JsonProperty("CpusetCpus") String cpusetCpus,
        @JsonProperty("CpusetMems") String cpusetMems,
        @JsonProperty("Devices") List<DeviceMappingJson> devices,
        @JsonProperty("MemoryReservation") Long memoryReservation,
        @JsonProperty("MemorySwap") Long memorySwap,
        @JsonProperty("MemorySwappiness") Long memorySwappiness,
        @JsonProperty("NanoCpus") Long nanoCpus,
        @JsonProperty("OomKillDisable") Boolean oomKillDisable,
        @JsonProperty("Init") Boolean init,
        @JsonProperty("PidsLimit") Long pidsLimit,
        @JsonProperty("Ulimits") List<UlimitJson> ulimits) {

    /** An empty host config: every field left to the engine's defaults. */
    public static HostConfigJson empty() {
        return new HostConfigJson(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The same host config in another network mode (a disconnect from its only network leaves {@code none}). */
    public HostConfigJson withNetworkMode(String mode) {
        return new HostConfigJson(binds, logConfig, mode, portBindings, restartPolicy, autoRemove, volumesFrom, mounts,
                capAdd, capDrop, cgroupnsMode, dns, dnsOptions, dnsSearch, extraHosts, groupAdd, ipcMode, links,
                oomScoreAdj, pidMode, privileged, publishAllPorts, readonlyRootfs, securityOpt, tmpfs, utsMode, shmSize,
                sysctls, runtime, cpuShares, memory, cgroupParent, cpuPeriod, cpuQuota, cpusetCpus, cpusetMems, devices,
                memoryReservation, memorySwap, memorySwappiness, nanoCpus, oomKillDisable, init, pidsLimit, ulimits);
    }

    /** Where the container's output goes; jcompose keeps {@code json-file}-style logs whatever is asked. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LogConfigJson(@JsonProperty("Type") String type, @JsonProperty("Config") Map<String, String> config) {
    }

    /** One host side of a published port; an empty HostPort asks for a random one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PortBindingJson(@JsonProperty("HostIp") String hostIp, @JsonProperty("HostPort") String hostPort) {
    }

    /** {@code no}, {@code always}, {@code unless-stopped} or {@code on-failure} with a retry limit. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RestartPolicyJson(@JsonProperty("Name") String name,
            @JsonProperty("MaximumRetryCount") Integer maximumRetryCount) {
    }

    /** A host device made visible in the container. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DeviceMappingJson(@JsonProperty("PathOnHost") String pathOnHost,
            @JsonProperty("PathInContainer") String pathInContainer,
            @JsonProperty("CgroupPermissions") String cgroupPermissions) {
    }

    /** A resource limit ({@code nofile}, {@code nproc}, ...). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UlimitJson(@JsonProperty("Name") String name, @JsonProperty("Soft") Long soft,
            @JsonProperty("Hard") Long hard) {
    }
}
