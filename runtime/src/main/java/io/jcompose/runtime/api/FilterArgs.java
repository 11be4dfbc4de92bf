package io.jcompose.runtime.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Docker's {@code filters} query parameter: JSON mapping each filter to its values, as
 * {@code {"label":{"a=b":true}}} (what clients send) or the older {@code {"label":["a=b"]}}; shared by the list
 * and prune endpoints of images, containers, networks and volumes.
 */
public final class FilterArgs {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FilterArgs() {
    }

    /** The filters by name, each with its values; a filter not in {@code allowed} is docker's 400. */
    public static Map<String, List<String>> parse(Optional<String> json, Set<String> allowed) {
        if (json.isEmpty() || json.get().isBlank()) {
            return Map.of();
        }
        JsonNode root;
        try {
            root = JSON.readTree(json.get());
        } catch (JacksonException e) {
            throw new ApiException(400, "invalid filter: " + json.get() + " is not JSON");
        }
        if (!root.isObject()) {
            throw new ApiException(400, "invalid filter: " + json.get() + " is not a JSON object");
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (var field : root.properties()) {
            if (!allowed.contains(field.getKey())) {
                throw new ApiException(400, "invalid filter '" + field.getKey() + "'");
            }
            List<String> vals = new ArrayList<>();
            JsonNode v = field.getValue();
            if (v.isObject()) {
                v.properties().forEach(e -> {
                    if (e.getValue().asBoolean(false)) {
                        vals.add(e.getKey());
                    }
                });
            } else if (v.isArray()) {
                v.forEach(e -> vals.add(e.asString()));
            } else {
                vals.add(v.asString());
            }
            out.put(field.getKey(), List.copyOf(vals));
        }
        return Map.copyOf(out);
    }

    /** {@code key} (present) or {@code key=value} (equal) against an object's labels. */
    public static boolean labelMatches(String filter, Map<String, String> labels) {
        int eq = filter.indexOf('=');
        if (eq < 0) {
            return labels.containsKey(filter);
        }
        return filter.substring(eq + 1).equals(labels.get(filter.substring(0, eq)));
    }
}
