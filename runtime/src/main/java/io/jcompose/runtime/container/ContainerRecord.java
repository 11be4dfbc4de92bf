package io.jcompose.runtime.container;

import io.jcompose.engine.api.json.ContainerConfigJson;
import io.jcompose.engine.api.json.HostConfigJson;
import io.jcompose.engine.api.json.ContainerCreateJson;
import java.time.Instant;
import java.util.List;

/**
 * Everything the engine keeps about one container: identity, the create request as the client sent it (what
 * inspect shows), the resolved image and command, and its state. Saved whole on every change.
 */
public record ContainerRecord(ContainerId id, ContainerName name, Instant created, String image, String imageId,
        ContainerCreateJson request, String path, List<String> args, ContainerState state) {

    public ContainerRecord {
        args = List.copyOf(args);
    }

    public ContainerConfigJson config() {
        return request.config();
    }

    public HostConfigJson hostConfig() {
        return request.hostConfig() == null ? HostConfigJson.empty() : request.hostConfig();
    }

    public ContainerRecord withState(ContainerState newState) {
        return new ContainerRecord(id, name, created, image, imageId, request, path, args, newState);
    }

    public ContainerRecord withName(ContainerName newName) {
        return new ContainerRecord(id, newName, created, image, imageId, request, path, args, state);
    }

    /** The signal that asks it to stop: {@code Config.StopSignal}, else SIGTERM. */
    public Signal stopSignal() {
        String configured = config().stopSignal();
        return configured == null || configured.isBlank() ? Signal.SIGTERM : Signal.of(configured);
    }

    /** How long a stop waits before SIGKILL: {@code Config.StopTimeout}, else docker's 10 seconds. */
    public java.time.Duration stopTimeout() {
        Integer seconds = config().stopTimeout();
        return seconds == null || seconds < 0 ? java.time.Duration.ofSeconds(10) : java.time.Duration.ofSeconds(seconds);
    }

    /** Whether the container was created with a terminal (its output is raw, not multiplexed). */
    public boolean tty() {
        return Boolean.TRUE.equals(config().tty());
    }
}
