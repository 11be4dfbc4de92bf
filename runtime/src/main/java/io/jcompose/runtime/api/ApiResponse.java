package io.jcompose.runtime.api;

import io.jcompose.engine.api.json.ErrorJson;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * An answer: status, content type, extra headers, and a body that is either complete or written as a stream
 * (pull progress, {@code docker save} archives).
 */
public record ApiResponse(int status, String contentType, Map<String, String> headers, byte[] body, Streamer streamer) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Writes a streamed body; the response is flushed as it goes. */
    @FunctionalInterface
    public interface Streamer {
        void write(OutputStream out) throws IOException;
    }

    public ApiResponse {
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body.clone();
    }

    public static ApiResponse json(int status, Object value) {
        return new ApiResponse(status, "application/json", Map.of(), JSON.writeValueAsBytes(value), null);
    }

    public static ApiResponse text(int status, String text) {
        return new ApiResponse(status, "text/plain; charset=utf-8", Map.of(), text.getBytes(StandardCharsets.UTF_8),
                null);
    }

    public static ApiResponse empty(int status) {
        return new ApiResponse(status, "text/plain; charset=utf-8", Map.of(), new byte[0], null);
    }

    /** A streamed body, e.g. {@code application/json} progress lines or {@code application/x-tar}. */
    public static ApiResponse stream(int status, String contentType, Streamer streamer) {
        return new ApiResponse(status, contentType, Map.of(), new byte[0], streamer);
    }

    /** Docker's error shape, {@code {"message": ...}}. */
    public static ApiResponse error(int status, String message) {
        return json(status, new ErrorJson(message));
    }

    /** One JSON value as bytes, for stream writers. */
    public static byte[] jsonBytes(Object value) {
        return JSON.writeValueAsBytes(value);
    }

    public boolean isStream() {
        return streamer != null;
    }

    public ApiResponse withHeaders(Map<String, String> extra) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.putAll(extra);
        return new ApiResponse(status, contentType, all, body, streamer);
    }
}
