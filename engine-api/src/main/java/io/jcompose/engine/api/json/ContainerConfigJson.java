package io.jcompose.engine.api.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A container's {@code Config}: the body of {@code POST /containers/create} (with {@code HostConfig} and
 * {@code NetworkingConfig} beside it, see {@link ContainerCreateJson}) and the {@code Config} of an inspect.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContainerConfigJson(
        @JsonProperty("Hostname") String hostname,
        @JsonProperty("Domainname") String domainname,
        @JsonProperty("User") String user,
        @JsonProperty("AttachStdin") Boolean attachStdin,
        @JsonProperty("AttachStdout") Boolean attachStdout,
        @JsonProperty("AttachStderr") Boolean attachStderr,
        @JsonProperty("ExposedPorts") Map<String, Object> exposedPorts,
        @JsonProperty("Tty") Boolean tty,
        @JsonProperty("OpenStdin") Boolean openStdin,
        @JsonProperty("StdinOnce") Boolean stdinOnce,
        @JsonProperty("Env") List<String> env,
        @JsonProperty("Cmd") List<String> cmd,
        @JsonProperty("Healthcheck") HealthcheckJson healthcheck,
        @JsonProperty("Image") String image,
        @JsonProperty("Volumes") Map<String, Object> volumes,
        @JsonProperty("WorkingDir") String workingDir,
        @JsonProperty("Entrypoint") List<String> entrypoint,
        @JsonProperty("NetworkDisabled") Boolean networkDisabled,
        @JsonProperty("OnBuild") List<String> onBuild,
        @JsonProperty("Labels") Map<String, String> labels,
        @JsonProperty("StopSignal") String stopSignal,
        @JsonProperty("StopTimeout") Integer stopTimeout,
        @JsonProperty("Shell") List<String> shell) {

    /** A config naming only an image and a command, for clients and tests. */
    public static ContainerConfigJson of(String image, List<String> cmd) {
        return new ContainerConfigJson(null, null, null, null, null, null, null, null, null, null, null, cmd, null,
                image, null, null, null, null, null, null, null, null, null);
    }

    /** The same config with another health check (the engine stores the check merged with the image's). */
    public ContainerConfigJson withHealthcheck(HealthcheckJson check) {
        return new ContainerConfigJson(hostname, domainname, user, attachStdin, attachStdout, attachStderr,
                exposedPorts, tty, openStdin, stdinOnce, env, cmd, check, image, volumes, workingDir, entrypoint,
                networkDisabled, onBuild, labels, stopSignal, stopTimeout, shell);
    }

    /** Docker's {@code HealthConfig}; durations are nanoseconds, 0 means inherit. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HealthcheckJson(
            @JsonProperty("Test") List<String> test,
            @JsonProperty("Interval") Long interval,
            @JsonProperty("Timeout") Long timeout,
            @JsonProperty("Retries") Integer retries,
            @JsonProperty("StartPeriod") Long startPeriod,
            @JsonProperty("StartInterval") Long startInterval) {
    }
}
