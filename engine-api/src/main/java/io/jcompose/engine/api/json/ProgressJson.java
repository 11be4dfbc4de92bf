package io.jcompose.engine.api.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * One line of docker's JSON message stream (pull, push, load, import): a status with an optional layer id and
 * progress, a build-style {@code stream} text, an {@code aux} value, or an error that ends the operation.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProgressJson(
        @JsonProperty("status") String status,
        @JsonProperty("progressDetail") Detail progressDetail,
        @JsonProperty("progress") String progress,
        @JsonProperty("id") String id,
        @JsonProperty("stream") String stream,
        @JsonProperty("aux") Map<String, Object> aux,
        @JsonProperty("errorDetail") ErrorDetail errorDetail,
        @JsonProperty("error") String error) {

    /** Bytes done of a total; empty ({@code {}}) on layer lines without progress. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Detail(@JsonProperty("current") Long current, @JsonProperty("total") Long total) {

        public static final Detail EMPTY = new Detail(null, null);
    }

    /** The error of a failed operation. */
    public record ErrorDetail(@JsonProperty("message") String message) {
    }

    /** {@code {"status": ...}}. */
    public static ProgressJson status(String status) {
        return new ProgressJson(status, null, null, null, null, null, null, null);
    }

    /** {@code {"status": ..., "id": ...}} without progress: the first line of a pull names the tag this way. */
    public static ProgressJson status(String status, String id) {
        return new ProgressJson(status, null, null, id, null, null, null, null);
    }

    /** A line about one layer: {@code {"status":"Pull complete","progressDetail":{},"id":"a1b2c3d4e5f6"}}. */
    public static ProgressJson layer(String id, String status) {
        return new ProgressJson(status, Detail.EMPTY, null, id, null, null, null, null);
    }

    /** A transfer in progress, with docker's text bar for terminals. */
    public static ProgressJson transfer(String id, String status, long current, long total, String bar) {
        return new ProgressJson(status, new Detail(current, total), bar, id, null, null, null, null);
    }

    /** {@code {"stream": ...}}, as {@code docker load} reports what it loaded. */
    public static ProgressJson stream(String text) {
        return new ProgressJson(null, null, null, null, text, null, null, null);
    }

    /** {@code {"progressDetail":{},"aux":{...}}}, as a push reports the tag, digest and size it pushed. */
    public static ProgressJson aux(Map<String, Object> aux) {
        return new ProgressJson(null, Detail.EMPTY, null, null, null, Map.copyOf(aux), null, null);
    }

    /** An error line; the client stops and shows {@code message}. */
    public static ProgressJson error(String message) {
        return new ProgressJson(null, null, null, null, null, null, new ErrorDetail(message), message);
    }
}
