package io.jcompose.model.profile;

import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.ScalarNode;
import java.util.Set;

/** Drops {@code depends_on} entries that are optional ({@code required: false}) and point at a disabled service. */
final class OptionalDependencies {

    private OptionalDependencies() {
    }

    static Node dropDisabled(Node service, Set<String> enabled) {
        if (!(service instanceof MapNode s) || !(s.getOrNull("depends_on") instanceof MapNode deps)) {
            return service;
        }
        MapNode kept = deps;
        for (String name : deps.keys()) {
            if (!enabled.contains(name) && isOptional(deps.getOrNull(name))) {
                kept = kept.without(name);
            }
        }
        return kept == deps ? service : s.with("depends_on", kept);
    }

    private static boolean isOptional(Node dependency) {
        return dependency instanceof MapNode m && m.getOrNull("required") instanceof ScalarNode r
                && (Boolean.FALSE.equals(r.value()) || "false".equals(r.value()));
    }
}
