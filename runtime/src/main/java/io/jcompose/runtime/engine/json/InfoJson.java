package io.jcompose.runtime.engine.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** {@code GET /info}: the engine-wide facts {@code docker info} prints and docker-compose reads. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InfoJson(
        @JsonProperty("ID") String id,
        @JsonProperty("Containers") int containers,
        @JsonProperty("ContainersRunning") int containersRunning,
        @JsonProperty("ContainersPaused") int containersPaused,
        @JsonProperty("ContainersStopped") int containersStopped,
        @JsonProperty("Images") int images,
        @JsonProperty("Driver") String driver,
        @JsonProperty("DriverStatus") List<List<String>> driverStatus,
        @JsonProperty("Plugins") Plugins plugins,
        @JsonProperty("MemoryLimit") boolean memoryLimit,
        @JsonProperty("SwapLimit") boolean swapLimit,
        @JsonProperty("CpuCfsPeriod") boolean cpuCfsPeriod,
        @JsonProperty("CpuCfsQuota") boolean cpuCfsQuota,
        @JsonProperty("CPUShares") boolean cpuShares,
        @JsonProperty("CPUSet") boolean cpuSet,
        @JsonProperty("PidsLimit") boolean pidsLimit,
        @JsonProperty("IPv4Forwarding") boolean ipv4Forwarding,
        @JsonProperty("Debug") boolean debug,
        @JsonProperty("NFd") int openFiles,
        @JsonProperty("NGoroutines") int threads,
        @JsonProperty("SystemTime") String systemTime,
        @JsonProperty("LoggingDriver") String loggingDriver,
        @JsonProperty("CgroupDriver") String cgroupDriver,
        @JsonProperty("CgroupVersion") String cgroupVersion,
        @JsonProperty("NEventsListener") int eventListeners,
        @JsonProperty("KernelVersion") String kernelVersion,
        @JsonProperty("OperatingSystem") String operatingSystem,
        @JsonProperty("OSVersion") String osVersion,
        @JsonProperty("OSType") String osType,
        @JsonProperty("Architecture") String architecture,
        @JsonProperty("IndexServerAddress") String indexServerAddress,
        @JsonProperty("RegistryConfig") RegistryConfig registryConfig,
        @JsonProperty("NCPU") int cpus,
        @JsonProperty("MemTotal") long memTotal,
        @JsonProperty("DockerRootDir") String rootDir,
        @JsonProperty("Name") String name,
        @JsonProperty("Labels") List<String> labels,
        @JsonProperty("ExperimentalBuild") boolean experimental,
        @JsonProperty("ServerVersion") String serverVersion,
        @JsonProperty("Runtimes") Map<String, Runtime> runtimes,
        @JsonProperty("DefaultRuntime") String defaultRuntime,
        @JsonProperty("Swarm") Swarm swarm,
        @JsonProperty("LiveRestoreEnabled") boolean liveRestore,
        @JsonProperty("Isolation") String isolation,
        @JsonProperty("InitBinary") String initBinary,
        @JsonProperty("ContainerdCommit") Commit containerdCommit,
        @JsonProperty("RuncCommit") Commit runcCommit,
        @JsonProperty("InitCommit") Commit initCommit,
        @JsonProperty("SecurityOptions") List<String> securityOptions,
        @JsonProperty("Warnings") List<String> warnings) {

    /** The volume, network and log drivers the engine offers. */
    public record Plugins(
            @JsonProperty("Volume") List<String> volume,
            @JsonProperty("Network") List<String> network,
            @JsonProperty("Authorization") List<String> authorization,
            @JsonProperty("Log") List<String> log) {
    }

    /** Registry settings: which registries are insecure, which mirrors are used. */
    public record RegistryConfig(
            @JsonProperty("InsecureRegistryCIDRs") List<String> insecureRegistryCidrs,
            @JsonProperty("IndexConfigs") Map<String, IndexConfig> indexConfigs,
            @JsonProperty("Mirrors") List<String> mirrors) {
    }

    /** One registry's settings. */
    public record IndexConfig(
            @JsonProperty("Name") String name,
            @JsonProperty("Mirrors") List<String> mirrors,
            @JsonProperty("Secure") boolean secure,
            @JsonProperty("Official") boolean official) {
    }

    /** An OCI runtime the engine can run containers with. */
    public record Runtime(@JsonProperty("path") String path) {
    }

    /** Swarm mode, which jcompose never joins. */
    public record Swarm(
            @JsonProperty("NodeID") String nodeId,
            @JsonProperty("NodeAddr") String nodeAddr,
            @JsonProperty("LocalNodeState") String localNodeState,
            @JsonProperty("ControlAvailable") boolean controlAvailable,
            @JsonProperty("Error") String error) {
    }

    /** The build of a helper program (containerd, runc, init), as docker reports it. */
    public record Commit(@JsonProperty("ID") String id) {
    }
}
