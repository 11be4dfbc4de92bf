package io.jcompose.runtime.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One API call as a route sees it: method, path without the {@code /vX.Y} prefix, the path's named parts, query
 * parameters, the negotiated API version, and the body.
 */
public record ApiRequest(String method, String path, Map<String, String> pathParams,
        Map<String, List<String>> query, String apiVersion, byte[] body) {

    public ApiRequest {
        pathParams = Map.copyOf(pathParams);
        query = Map.copyOf(query);
        body = body == null ? new byte[0] : body.clone();
    }

    public Optional<String> queryParam(String name) {
        List<String> v = query.get(name);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.getFirst());
    }

    public String pathParam(String name) {
        return pathParams.get(name);
    }
}
