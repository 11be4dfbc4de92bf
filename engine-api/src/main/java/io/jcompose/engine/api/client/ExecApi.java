package io.jcompose.engine.api.client;

import io.jcompose.engine.api.json.ExecConfigJson;
import io.jcompose.engine.api.json.ExecInspectJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The exec operations of the Docker Engine API (what {@code docker exec} uses): create a process in a running
 * container, start it detached or on a hijacked connection, and read its exit code afterwards. Engine refusals
 * throw {@link EngineApiException}.
 */
public interface ExecApi {

    /** {@code POST /containers/{id}/exec}: the new exec's ID. */
    String create(String containerId, ExecConfigJson config) throws IOException;

    /** {@code POST /exec/{id}/start} with {@code Detach}: the process runs in the background. */
    void startDetached(String execId) throws IOException;

    /**
     * {@code POST /exec/{id}/start} over docker's connection hijack; returns once the engine answered.
     *
     * @param tty whether the exec has a TTY (its output is then one raw stream)
     */
    HijackedStream start(String execId, boolean tty) throws IOException;

    /** {@link #start} and {@link HijackedStream#copy}: returns when the process's output ends. */
    default void start(String execId, boolean tty, InputStream stdin, OutputStream stdout, OutputStream stderr)
            throws IOException {
        try (HijackedStream stream = start(execId, tty)) {
            stream.copy(stdin, stdout, stderr);
        }
    }

    /** {@code POST /exec/{id}/resize}: the size of the exec's terminal. */
    void resize(String execId, int height, int width) throws IOException;

    /** {@code GET /exec/{id}/json}: whether it runs, and its exit code once it ended. */
    ExecInspectJson inspect(String execId) throws IOException;
}
