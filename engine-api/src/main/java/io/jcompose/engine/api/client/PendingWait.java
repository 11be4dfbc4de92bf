package io.jcompose.engine.api.client;

import io.jcompose.engine.api.json.ContainerWaitJson;
import io.jcompose.engine.api.transport.StreamingResponse;
import java.io.IOException;

/**
 * A {@code POST /containers/{id}/wait} the engine has registered (its status line arrived) whose answer comes at
 * the exit: docker's run registers the wait before it starts the container, so that even a quick exit is seen.
 */
public final class PendingWait implements AutoCloseable {

    private final StreamingResponse response;

    PendingWait(StreamingResponse response) {
        this.response = response;
    }

    /** Blocks until the condition holds; the exit code, or the engine's error in {@code Error}. */
    public ContainerWaitJson result() throws IOException {
        byte[] bytes = response.body().readAllBytes();
        if (bytes.length == 0) {
            throw new IOException("the engine closed the wait without an answer");
        }
        return EngineClient.JSON.treeToValue(EngineClient.parse(bytes), ContainerWaitJson.class);
    }

    @Override
    public void close() throws IOException {
        response.close();
    }
}
