package io.jcompose.model.profile;

import io.jcompose.model.error.ComposeException;
import io.jcompose.model.tree.ListNode;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.ScalarNode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the services whose profiles are active, as docker compose v2 does, so that optional services (debug
 * tools, one-off jobs) stay out of a project until asked for.
 *
 * <p>A service named on the command line is enabled with its profiles, which enables the other services of those
 * profiles too. A dependency of an active service that is disabled is left out: an optional dependency
 * ({@code required: false}) is dropped from {@code depends_on}, a required one stays so that the semantic
 * validator reports it. Networks and volumes are not filtered.
 */
public final class ProfileFilter {

    private ProfileFilter() {
    }

    /**
     * The model with inactive services removed. A service is active when it has no profiles, when one of its
     * profiles is in {@code activeProfiles} ({@code *} activates all), or when it is named in
     * {@code requestedServices}.
     */
    public static Node apply(Node model, Set<String> activeProfiles, List<String> requestedServices) {
        if (!(model instanceof MapNode root) || !(root.getOrNull("services") instanceof MapNode services)) {
            for (String requested : requestedServices) {
                throw new ComposeException("no such service: " + requested);
            }
            return model;
        }
        Set<String> profiles = new LinkedHashSet<>(activeProfiles);
        Set<String> enabled = new LinkedHashSet<>();
        for (String requested : requestedServices) {
            if (!services.has(requested)) {
                throw new ComposeException("no such service: " + requested);
            }
            if (!isActive(services.getOrNull(requested), profiles)) {
                profiles.addAll(profilesOf(services.getOrNull(requested)));
            }
            enabled.add(requested);
        }
        Map<String, Node> kept = new LinkedHashMap<>();
        for (String name : services.keys()) {
            Node service = services.getOrNull(name);
            if (enabled.contains(name) || isActive(service, profiles)) {
                kept.put(name, service);
            }
        }
        if (kept.size() == services.size()) {
            return model;
        }
        for (Map.Entry<String, Node> e : kept.entrySet()) {
            e.setValue(OptionalDependencies.dropDisabled(e.getValue(), kept.keySet()));
        }
        return root.with("services", services.withEntries(kept));
    }

    static boolean isActive(Node service, Set<String> profiles) {
        List<String> own = profilesOf(service);
        if (own.isEmpty() || profiles.contains("*")) {
            return true;
        }
        for (String p : own) {
            if (profiles.contains(p)) {
                return true;
            }
        }
        return false;
    }

    static List<String> profilesOf(Node service) {
        if (!(service instanceof MapNode m) || !(m.getOrNull("profiles") instanceof ListNode list)) {
            return List.of();
        }
        return list.items().stream().filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).asText())
                .toList();
    }
}
