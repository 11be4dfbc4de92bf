package io.jcompose.runtime.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One API call as a route sees it: method, path without the {@code /vX.Y} prefix, the path's named parts, query
 * parameters, headers (names lower-cased), the negotiated API version, and the body as a stream (image archives
 * can be gigabytes; read it once).
 */
public record ApiRequest(String method, String path, Map<String, String> pathParams,
        Map<String, List<String>> query, Map<String, String> headers, String apiVersion, InputStream body) {

    public ApiRequest {
        pathParams = Map.copyOf(pathParams);
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
        body = body == null ? InputStream.nullInputStream() : body;
    }

    public Optional<String> queryParam(String name) {
        List<String> v = query.get(name);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.getFirst());
    }

    /** Docker's boolean query parameters: {@code 1}, {@code true} (any case) are true. */
    public boolean flag(String name) {
        return queryParam(name).map(v -> v.equals("1") || v.equalsIgnoreCase("true")).orElse(false);
    }

    public String pathParam(String name) {
        return pathParams.get(name);
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
    }

    /** The whole body, for small JSON requests. */
    public byte[] bodyBytes() throws IOException {
        return body.readAllBytes();
    }
}
