package io.jcompose.engine.api.client;

import io.jcompose.engine.api.json.ContainerCreateJson;
import io.jcompose.engine.api.json.ContainerCreatedJson;
import io.jcompose.engine.api.json.ContainerInspectJson;
import io.jcompose.engine.api.json.ContainerStatsJson;
import io.jcompose.engine.api.json.ContainerSummaryJson;
import io.jcompose.engine.api.json.ContainerTopJson;
import io.jcompose.engine.api.json.ContainerWaitJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * The container operations of the Docker Engine API, as the CLI uses them; the one way a front end reaches
 * containers, so that the same commands run against jcompose's engine and a Docker daemon. Engine refusals throw
 * {@link EngineApiException} (404 {@code No such container: x}, 409 conflicts).
 */
public interface ContainerApi {

    /** {@code POST /containers/create?name=}; an empty {@code name} lets the engine pick one. */
    ContainerCreatedJson create(String name, ContainerCreateJson body) throws IOException;

    /** {@code POST /containers/{id}/start}; an already running container is no error (304). */
    void start(String id) throws IOException;

    /** {@code POST /containers/{id}/stop?t=&signal=}; empty options are left to the container's own. */
    void stop(String id, OptionalInt timeoutSeconds, String signal) throws IOException;

    /** {@code POST /containers/{id}/kill?signal=}; an empty signal is SIGKILL. */
    void kill(String id, String signal) throws IOException;

    /** {@code POST /containers/{id}/restart?t=}. */
    void restart(String id, OptionalInt timeoutSeconds) throws IOException;

    /** {@code DELETE /containers/{id}?force=&v=}: {@code volumes} also removes its anonymous volumes. */
    void remove(String id, boolean force, boolean volumes) throws IOException;

    /** {@code GET /containers/json?all=&filters=}; filters as {@code docker ps -f key=value} gives them. */
    List<ContainerSummaryJson> list(boolean all, Map<String, List<String>> filters) throws IOException;

    /** {@code GET /containers/{id}/json}. */
    ContainerInspectJson inspect(String id) throws IOException;

    /** {@code POST /containers/{id}/wait?condition=}: blocks until the condition holds, then the exit code. */
    default ContainerWaitJson wait(String id, WaitCondition condition) throws IOException {
        try (PendingWait wait = startWait(id, condition)) {
            return wait.result();
        }
    }

    /**
     * {@code POST /containers/{id}/wait?condition=}, returning once the engine registered it (its status line
     * arrived); {@link PendingWait#result} blocks for the answer.
     */
    PendingWait startWait(String id, WaitCondition condition) throws IOException;

    /**
     * {@code POST /containers/{id}/attach} over docker's connection hijack; returns once the engine answered, so
     * that a caller can start the container before it copies the streams.
     *
     * @param tty whether the container has a TTY (its output is then one raw stream)
     */
    HijackedStream attach(String id, AttachOptions options, boolean tty) throws IOException;

    /** {@link #attach} and {@link HijackedStream#copy}: returns when the output ends (the container stopped). */
    default void attach(String id, AttachOptions options, boolean tty, InputStream stdin, OutputStream stdout,
            OutputStream stderr) throws IOException {
        try (HijackedStream stream = attach(id, options, tty)) {
            stream.copy(stdin, stdout, stderr);
        }
    }

    /** {@code GET /containers/{id}/top?ps_args=}: the processes as ps shows them; empty args for the default. */
    ContainerTopJson top(String id, String psArgs) throws IOException;

    /** {@code GET /containers/{id}/stats?stream=0}: one sample, with the one before it for CPU %. */
    ContainerStatsJson stats(String id) throws IOException;

    /**
     * {@code GET /containers/{id}/stats?stream=1}: each sample as it arrives (one a second) until the container
     * stops; interrupting the calling thread ends it early.
     */
    void stats(String id, Consumer<ContainerStatsJson> each) throws IOException;

    /** {@code POST /containers/{id}/resize}: the size of a TTY container's terminal (fakes ignore it). */
    default void resize(String id, int height, int width) throws IOException {
    }

    /** {@code POST /containers/{id}/pause}. */
    void pause(String id) throws IOException;

    /** {@code POST /containers/{id}/unpause}. */
    void unpause(String id) throws IOException;

    /** {@code POST /containers/{id}/rename?name=}. */
    void rename(String id, String newName) throws IOException;

    /**
     * {@code GET /containers/{id}/logs}: copies the container's output as it arrives, stdout and stderr to their
     * streams (a TTY container has one raw stream, all of it stdout); with {@code follow}, until it stops.
     */
    void logs(String id, LogsOptions options, OutputStream stdout, OutputStream stderr) throws IOException;
}
