package io.jcompose.engine.api.client;

import java.io.IOException;

/**
 * The engine refused a request ({@code {"message": ...}} with a 4xx/5xx status), or a progress stream ended with
 * an error line; the message is what the docker CLI prints for each.
 */
public final class EngineApiException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String engineMessage;

    private EngineApiException(int status, String engineMessage, String message) {
        super(message);
        this.status = status;
        this.engineMessage = engineMessage;
    }

    /** A refused request: {@code Error response from daemon: <message>}. */
    public static EngineApiException response(int status, String message) {
        return new EngineApiException(status, message, "Error response from daemon: " + message);
    }

    /** An error line of a progress stream, printed as it is (status 0: the request itself succeeded). */
    public static EngineApiException stream(String message) {
        return new EngineApiException(0, message, message);
    }

    /** The HTTP status, or 0 for a stream error. */
    public int status() {
        return status;
    }

    /** The engine's own words, without the prefix. */
    public String engineMessage() {
        return engineMessage;
    }

    public boolean isNotFound() {
        return status == 404;
    }
}
