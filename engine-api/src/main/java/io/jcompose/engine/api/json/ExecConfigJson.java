package io.jcompose.engine.api.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The body of {@code POST /containers/{id}/exec}: what to run in a running container and which of its streams
 * the client will attach to; absent fields take the container's values (user, working directory).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExecConfigJson(
        @JsonProperty("AttachStdin") Boolean attachStdin,
        @JsonProperty("AttachStdout") Boolean attachStdout,
        @JsonProperty("AttachStderr") Boolean attachStderr,
        @JsonProperty("ConsoleSize") List<Integer> consoleSize,
        @JsonProperty("DetachKeys") String detachKeys,
        @JsonProperty("Tty") Boolean tty,
        @JsonProperty("Env") List<String> env,
        @JsonProperty("Cmd") List<String> cmd,
        @JsonProperty("Privileged") Boolean privileged,
        @JsonProperty("User") String user,
        @JsonProperty("WorkingDir") String workingDir) {

    /** An exec of {@code cmd} attached to stdout and stderr, for clients and tests. */
    public static ExecConfigJson of(List<String> cmd) {
        return new ExecConfigJson(false, true, true, null, null, false, null, cmd, false, null, null);
    }
}
