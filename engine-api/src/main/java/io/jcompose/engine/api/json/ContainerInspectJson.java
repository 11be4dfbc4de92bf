package io.jcompose.engine.api.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** {@code GET /containers/{id}/json}: what {@code docker inspect} prints for a container. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContainerInspectJson(
        @JsonProperty("Id") String id,
        @JsonProperty("Created") String created,
        @JsonProperty("Path") String path,
        @JsonProperty("Args") List<String> args,
        @JsonProperty("State") StateJson state,
        @JsonProperty("Image") String image,
        @JsonProperty("ResolvConfPath") String resolvConfPath,
        @JsonProperty("HostnamePath") String hostnamePath,
        @JsonProperty("HostsPath") String hostsPath,
        @JsonProperty("LogPath") String logPath,
        @JsonProperty("Name") String name,
        @JsonProperty("RestartCount") int restartCount,
        @JsonProperty("Driver") String driver,
        @JsonProperty("Platform") String platform,
        @JsonProperty("ExecIDs") List<String> execIds,
        @JsonProperty("HostConfig") HostConfigJson hostConfig,
        @JsonProperty("Mounts") List<MountPointJson> mounts,
        @JsonProperty("Config") ContainerConfigJson config,
        @JsonProperty("NetworkSettings") NetworkSettingsJson networkSettings) {

    /** The container's state; times are RFC 3339 with nanoseconds, docker's zero time when never set. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StateJson(
            @JsonProperty("Status") String status,
            @JsonProperty("Running") boolean running,
            @JsonProperty("Paused") boolean paused,
            @JsonProperty("Restarting") boolean restarting,
            @JsonProperty("OOMKilled") boolean oomKilled,
            @JsonProperty("Dead") boolean dead,
            @JsonProperty("Pid") long pid,
            @JsonProperty("ExitCode") int exitCode,
            @JsonProperty("Error") String error,
            @JsonProperty("StartedAt") String startedAt,
            @JsonProperty("FinishedAt") String finishedAt,
            @JsonProperty("Health") HealthJson health) {
    }

    /** Health check status and the last results, newest last. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HealthJson(@JsonProperty("Status") String status,
            @JsonProperty("FailingStreak") int failingStreak,
            @JsonProperty("Log") List<HealthLogJson> log) {
    }

    /** One health probe's result. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HealthLogJson(@JsonProperty("Start") String start, @JsonProperty("End") String end,
            @JsonProperty("ExitCode") int exitCode, @JsonProperty("Output") String output) {
    }

    /** A mount as the container sees it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MountPointJson(
            @JsonProperty("Type") String type,
            @JsonProperty("Name") String name,
            @JsonProperty("Source") String source,
            @JsonProperty("Destination") String destination,
            @JsonProperty("Driver") String driver,
            @JsonProperty("Mode") String mode,
            @JsonProperty("RW") boolean rw,
            @JsonProperty("Propagation") String propagation) {
    }

    /** Published ports and the networks the container is on. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NetworkSettingsJson(
            @JsonProperty("SandboxKey") String sandboxKey,
            @JsonProperty("Ports") Map<String, List<HostConfigJson.PortBindingJson>> ports,
            @JsonProperty("Networks") Map<String, EndpointSettingsJson> networks) {
    }
}
