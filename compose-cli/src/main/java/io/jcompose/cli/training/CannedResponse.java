package io.jcompose.cli.training;

import io.jcompose.engine.api.ApiVersions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** One answer of the canned engine, sent whole with its length; the connection closes after it. */
record CannedResponse(int status, String contentType, byte[] body) {

    static final JsonMapper JSON = JsonMapper.builder().build();

    CannedResponse {
        body = body.clone();
    }

    /** A value written as the engine writes it: the engine-api's own {@code *Json} records or plain maps. */
    static CannedResponse json(int status, Object value) {
        return new CannedResponse(status, "application/json", JSON.writeValueAsBytes(value));
    }

    static CannedResponse ok(Object value) {
        return json(200, value);
    }

    /** A success without a body ({@code 204}), or {@code 304} for "already started/stopped". */
    static CannedResponse empty(int status) {
        return new CannedResponse(status, "text/plain", new byte[0]);
    }

    /** A refusal in docker's shape: {@code {"message": "..."}}. */
    static CannedResponse error(int status, String message) {
        return json(status, Map.of("message", message));
    }

    static CannedResponse text(String contentType, byte[] body) {
        return new CannedResponse(200, contentType, body);
    }

    void writeTo(OutputStream out) throws IOException {
        String head = "HTTP/1.1 " + status + " " + reason() + "\r\n"
                + "Api-Version: " + ApiVersions.CURRENT + "\r\n"
                + "Server: jcompose-training\r\n"
                + "Content-Type: " + contentType + "\r\n"
                + (status == 204 || status == 304 ? "" : "Content-Length: " + body.length + "\r\n")
                + "Connection: close\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        if (status != 204 && status != 304) {
            out.write(body);
        }
        out.flush();
    }

    private String reason() {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 204 -> "No Content";
            case 304 -> "Not Modified";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            default -> "Status";
        };
    }
}
