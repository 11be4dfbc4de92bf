package io.jcompose.runtime.api;

import io.jcompose.engine.api.json.ErrorJson;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * An answer: status, content type, extra headers, and a body that is either complete, written as a stream (pull
 * progress, {@code docker save} archives), or a connection taken over after {@code 101} (attach).
 */
public record ApiResponse(int status, String contentType, Map<String, String> headers, byte[] body, Streamer streamer,
        RawStream rawStream) {

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

    /** A complete or streamed answer. */
    public ApiResponse(int status, String contentType, Map<String, String> headers, byte[] body, Streamer streamer) {
        this(status, contentType, headers, body, streamer, null);
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

    /**
     * Docker's connection hijack: when the client asked for {@code Upgrade: tcp}, the answer is {@code 101} with
     * {@code contentType} and the connection becomes {@code stream}'s; an older client that did not ask gets a
     * {@code 200} whose body {@code stream} writes, with the request body as its input.
     */
    public static ApiResponse upgrade(String contentType, RawStream stream) {
        return new ApiResponse(101, contentType, Map.of(), new byte[0], null, java.util.Objects.requireNonNull(stream));
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

    public boolean isUpgrade() {
        return rawStream != null;
    }

    public ApiResponse withHeaders(Map<String, String> extra) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.putAll(extra);
        return new ApiResponse(status, contentType, all, body, streamer, rawStream);
    }
}
