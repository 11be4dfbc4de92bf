package io.jcompose.runtime.api;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One entry of the route table: a method and a path template such as {@code /containers/{id}/json}; a
 * {@code {name*}} part matches the rest of the path (image names contain slashes).
 */
public record Route(String method, String template, Handler handler) {

    /** What a route does with a request. */
    @FunctionalInterface
    public interface Handler {
        ApiResponse handle(ApiRequest request) throws Exception;
    }

    /** The path parameters if {@code path} matches this template. */
    public Optional<Map<String, String>> match(String path) {
        String[] want = template.substring(1).split("/", -1);
        String[] got = path.substring(1).split("/", -1);
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < want.length; i++) {
            String w = want[i];
            if (w.startsWith("{") && w.endsWith("*}")) {
                return matchRest(want, got, i, params, w.substring(1, w.length() - 2));
            }
            if (i >= got.length) {
                return Optional.empty();
            }
            if (w.startsWith("{") && w.endsWith("}")) {
                params.put(w.substring(1, w.length() - 1), got[i]);
            } else if (!w.equals(got[i])) {
                return Optional.empty();
            }
        }
        return want.length == got.length ? Optional.of(params) : Optional.empty();
    }

    /** A {@code {name*}} part at {@code i}: it takes what the fixed parts after it leave over (at least one). */
    private static Optional<Map<String, String>> matchRest(String[] want, String[] got, int i,
            Map<String, String> params, String name) {
        int trailing = want.length - i - 1;
        int end = got.length - trailing;
        if (end <= i) {
            return Optional.empty();
        }
        for (int k = 0; k < trailing; k++) {
            String w = want[i + 1 + k];
            String g = got[end + k];
            if (w.startsWith("{") && w.endsWith("}")) {
                params.put(w.substring(1, w.length() - 1), g);
            } else if (!w.equals(g)) {
                return Optional.empty();
            }
        }
        params.put(name, String.join("/", java.util.Arrays.copyOfRange(got, i, end)));
        return Optional.of(params);
    }
}
