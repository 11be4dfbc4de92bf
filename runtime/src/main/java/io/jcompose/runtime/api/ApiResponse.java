package io.jcompose.runtime.api;

import io.jcompose.engine.api.json.ErrorJson;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** A complete (non-streaming) answer: status, content type, extra headers, body. */
public record ApiResponse(int status, String contentType, Map<String, String> headers, byte[] body) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public ApiResponse {
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    public static ApiResponse json(int status, Object value) {
        return new ApiResponse(status, "application/json", Map.of(), JSON.writeValueAsBytes(value));
    }

    public static ApiResponse text(int status, String text) {
        return new ApiResponse(status, "text/plain; charset=utf-8", Map.of(),
                text.getBytes(StandardCharsets.UTF_8));
    }

    /** Docker's error shape, {@code {"message": ...}}. */
    public static ApiResponse error(int status, String message) {
        return json(status, new ErrorJson(message));
    }

    public ApiResponse withHeaders(Map<String, String> extra) {
        java.util.Map<String, String> all = new java.util.LinkedHashMap<>(headers);
        all.putAll(extra);
        return new ApiResponse(status, contentType, all, body);
    }
}
