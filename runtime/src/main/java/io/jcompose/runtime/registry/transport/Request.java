package io.jcompose.runtime.registry.transport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One registry request, described so that it can be sent again (after a 401 or a transient failure): the body is
 * a recipe, not a stream.
 *
 * @param authorize whether registry credentials go with it (false for redirects to a storage host)
 */
public record Request(String method, URI uri, Map<String, String> headers, Body body, boolean authorize) {

    /** Makes a fresh body publisher for each attempt. */
    @FunctionalInterface
    public interface Body {
        HttpRequest.BodyPublisher publisher() throws IOException;
    }

    public Request {
        headers = Map.copyOf(headers);
    }

    public static Request of(String method, URI uri) {
        return new Request(method, uri, Map.of(), null, true);
    }

    public Request withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new Request(method, uri, h, body, authorize);
    }

    public Request withBody(Body newBody) {
        return new Request(method, uri, headers, newBody, authorize);
    }

    public Request withoutAuthorization() {
        return new Request(method, uri, headers, body, false);
    }
}
