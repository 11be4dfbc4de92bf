package io.jcompose.runtime.api.image;

import io.jcompose.engine.api.json.ProgressJson;
import io.jcompose.runtime.api.ApiResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Docker's JSON message stream on a response: one JSON value and a newline per message, flushed at once so the
 * client shows progress live. Transfers report from several threads; writes are serialised.
 */
final class ProgressLines {

    private final OutputStream out;

    ProgressLines(OutputStream out) {
        this.out = out;
    }

    /** Writes one message; a client that went away surfaces as an unchecked error that ends the operation. */
    synchronized void write(ProgressJson message) {
        try {
            out.write(ApiResponse.jsonBytes(message));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("the client stopped reading: " + e.getMessage(), e);
        }
    }

    /** A complete message stream, for operations that finish before answering (load, import). */
    static ApiResponse response(List<ProgressJson> messages) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (ProgressJson m : messages) {
            body.writeBytes(ApiResponse.jsonBytes(m));
            body.write('\n');
        }
        return new ApiResponse(200, "application/json", Map.of(), body.toByteArray(), null);
    }

    /** The error line that ends a failed operation; nothing more can be said if the client is gone. */
    void fail(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        try {
            write(ProgressJson.error(message));
        } catch (UncheckedIOException gone) {
            // the client left; there is no one to tell
        }
    }
}
