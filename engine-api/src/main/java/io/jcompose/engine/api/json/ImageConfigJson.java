package io.jcompose.engine.api.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The {@code Config} of an image inspect in API 1.47: docker's container config shape, where the run defaults an
 * image carries are filled in and the container-only fields are empty.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ImageConfigJson(
        @JsonProperty("Hostname") String hostname,
        @JsonProperty("Domainname") String domainname,
        @JsonProperty("User") String user,
        @JsonProperty("AttachStdin") boolean attachStdin,
        @JsonProperty("AttachStdout") boolean attachStdout,
        @JsonProperty("AttachStderr") boolean attachStderr,
        @JsonProperty("ExposedPorts") @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Object> exposedPorts,
        @JsonProperty("Tty") boolean tty,
        @JsonProperty("OpenStdin") boolean openStdin,
        @JsonProperty("StdinOnce") boolean stdinOnce,
        @JsonProperty("Env") List<String> env,
        @JsonProperty("Cmd") List<String> cmd,
        @JsonProperty("Healthcheck") @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Object> healthcheck,
        @JsonProperty("Image") String image,
        @JsonProperty("Volumes") Map<String, Object> volumes,
        @JsonProperty("WorkingDir") String workingDir,
        @JsonProperty("Entrypoint") List<String> entrypoint,
        @JsonProperty("OnBuild") List<String> onBuild,
        @JsonProperty("Labels") Map<String, String> labels,
        @JsonProperty("StopSignal") @JsonInclude(JsonInclude.Include.NON_NULL) String stopSignal,
        @JsonProperty("Shell") @JsonInclude(JsonInclude.Include.NON_NULL) List<String> shell) {

    /** An image's run defaults in this shape; null values stay null as docker prints them. */
    public static ImageConfigJson of(String user, Map<String, Object> exposedPorts, List<String> env,
            List<String> cmd, Map<String, Object> healthcheck, Map<String, Object> volumes, String workingDir,
            List<String> entrypoint, List<String> onBuild, Map<String, String> labels, String stopSignal,
            List<String> shell) {
        return new ImageConfigJson("", "", user == null ? "" : user, false, false, false, exposedPorts, false, false,
                false, env, cmd, healthcheck, "", volumes, workingDir == null ? "" : workingDir, entrypoint, onBuild,
                labels, stopSignal, shell);
    }
}
