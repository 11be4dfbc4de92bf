package io.jcompose.runtime.container;

import io.jcompose.engine.api.json.ContainerInspectJson;
import java.time.Instant;
import java.util.Optional;

/**
 * Where a container is in its life: status, main process, last exit. Times are absent until they happen (the
 * API prints docker's zero time then).
 */
public record ContainerState(ContainerStatus status, long pid, int exitCode, Optional<Instant> startedAt,
        Optional<Instant> finishedAt, boolean oomKilled, String error, int restartCount, boolean stoppedByUser,
        Optional<ContainerInspectJson.HealthJson> health) {

    public ContainerState {
        health = health == null ? Optional.empty() : health;
    }

    /** A container just created: never started. */
    public static ContainerState created() {
        return new ContainerState(ContainerStatus.CREATED, 0, 0, Optional.empty(), Optional.empty(), false, "", 0,
                false, Optional.empty());
    }

    /** Its process is running as {@code pid} since {@code at}. */
    public ContainerState running(long newPid, Instant at) {
        return new ContainerState(ContainerStatus.RUNNING, newPid, 0, Optional.of(at), finishedAt, false, "",
                restartCount, false, health);
    }

    /** Its process ended with {@code code} at {@code at}. */
    public ContainerState exited(int code, Instant at, boolean oom) {
        return new ContainerState(ContainerStatus.EXITED, 0, code, startedAt, Optional.of(at), oom, error,
                restartCount, stoppedByUser, health);
    }

    /** Starting failed: docker records the error and exit code 128 (126/127 for a missing or refused command). */
    public ContainerState failed(int code, String message, Instant at) {
        return new ContainerState(status == ContainerStatus.CREATED ? ContainerStatus.CREATED : ContainerStatus.EXITED,
                0, code, startedAt, Optional.of(at), false, message, restartCount, stoppedByUser, health);
    }

    public ContainerState withStatus(ContainerStatus newStatus) {
        return new ContainerState(newStatus, pid, exitCode, startedAt, finishedAt, oomKilled, error, restartCount,
                stoppedByUser, health);
    }

    /** A user asked it to stop: restart policies other than {@code always} leave it stopped. */
    public ContainerState stoppedByUser(boolean byUser) {
        return new ContainerState(status, pid, exitCode, startedAt, finishedAt, oomKilled, error, restartCount,
                byUser, health);
    }

    /** The last health check state (kept while stopped, as docker shows it). */
    public ContainerState withHealth(Optional<ContainerInspectJson.HealthJson> newHealth) {
        return new ContainerState(status, pid, exitCode, startedAt, finishedAt, oomKilled, error, restartCount,
                stoppedByUser, newHealth);
    }

    public ContainerState restarted() {
        return new ContainerState(status, pid, exitCode, startedAt, finishedAt, oomKilled, error, restartCount + 1,
                stoppedByUser, health);
    }
}
