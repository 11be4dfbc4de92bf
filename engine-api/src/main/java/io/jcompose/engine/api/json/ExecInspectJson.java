package io.jcompose.engine.api.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The answer to {@code GET /exec/{id}/json}: whether the exec runs, its exit code once it ended ({@code null}
 * before, as docker prints it), what it runs and in which container.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"ID", "Running", "ExitCode", "ProcessConfig", "OpenStdin", "OpenStderr", "OpenStdout",
        "CanRemove", "ContainerID", "DetachKeys", "Pid"})
public record ExecInspectJson(
        @JsonProperty("ID") String id,
        @JsonProperty("Running") boolean running,
        @JsonProperty("ExitCode") @JsonInclude(JsonInclude.Include.ALWAYS) Integer exitCode,
        @JsonProperty("ProcessConfig") ProcessConfig processConfig,
        @JsonProperty("OpenStdin") boolean openStdin,
        @JsonProperty("OpenStderr") boolean openStderr,
        @JsonProperty("OpenStdout") boolean openStdout,
        @JsonProperty("CanRemove") boolean canRemove,
        @JsonProperty("ContainerID") String containerId,
        @JsonProperty("DetachKeys") String detachKeys,
        @JsonProperty("Pid") long pid) {

    /** The command as docker splits it (entrypoint and arguments) with the user and modes it runs with. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"privileged", "user", "tty", "entrypoint", "arguments"})
    public record ProcessConfig(
            @JsonProperty("privileged") boolean privileged,
            @JsonProperty("user") String user,
            @JsonProperty("tty") boolean tty,
            @JsonProperty("entrypoint") String entrypoint,
            @JsonProperty("arguments") List<String> arguments) {
    }
}
