package io.jcompose.model.normalize;

import io.jcompose.model.tree.ListNode;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dependencies compose adds to {@code depends_on}: {@code links} and {@code service:X} namespaces
 * ({@code network_mode}, {@code ipc}, {@code pid}, {@code uts}, {@code cgroup}) with {@code restart: true},
 * {@code volumes_from} services with restart false; declared dependencies are never changed.
 */
final class ImplicitDependsOnRule implements Rule {

    @Override
    public Node apply(Node node, RuleContext context) {
        if (!(node instanceof MapNode service)) {
            return node;
        }
        MapNode declared = service.getOrNull("depends_on") instanceof MapNode m ? m : null;
        Map<String, Node> deps = new LinkedHashMap<>(declared == null ? Map.of() : declared.entries());
        for (Node link : items(service.getOrNull("links"))) {
            String name = Nodes.textOf(link);
            if (name != null) {
                String[] parts = name.split(":", -1);
                add(deps, parts.length == 2 ? parts[0] : name, true, link);
            }
        }
        for (String ns : List.of("network_mode", "ipc", "pid", "uts", "cgroup")) {
            String ref = Nodes.textOf(service.getOrNull(ns));
            if (ref != null && ref.startsWith("service:")) {
                add(deps, ref.substring("service:".length()), true, service.getOrNull(ns));
            }
        }
        for (Node from : items(service.getOrNull("volumes_from"))) {
            String ref = Nodes.textOf(from);
            if (ref != null && !ref.startsWith("container:")) {
                add(deps, ref.split(":", -1)[0], false, from);
            }
        }
        if (deps.isEmpty() || declared != null && deps.size() == declared.size()) {
            return service;
        }
        return service.with("depends_on", declared != null ? declared.withEntries(deps)
                : Nodes.map(deps, service.position()));
    }

    private static List<Node> items(Node node) {
        return node instanceof ListNode l ? l.items() : List.of();
    }

    private static void add(Map<String, Node> deps, String name, boolean restart, Node at) {
        deps.putIfAbsent(name, DependsOnRule.dependency("service_started", restart, true, at.position()));
    }
}
