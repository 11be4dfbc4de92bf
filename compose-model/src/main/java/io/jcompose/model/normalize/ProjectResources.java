package io.jcompose.model.normalize;

import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.Position;
import io.jcompose.model.tree.ScalarNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Project-level rules: the implicit {@code default} network when a service uses it, and a {@code name} for every
 * network, volume, secret and config ({@code <project>_<key>}, or the key itself for external resources).
 */
final class ProjectResources {

    private ProjectResources() {
    }

    static MapNode apply(MapNode root, String projectName) {
        MapNode result = addDefaultNetwork(root);
        for (String kind : List.of("networks", "volumes", "secrets", "configs")) {
            if (result.getOrNull(kind) instanceof MapNode resources) {
                Map<String, Node> named = new LinkedHashMap<>();
                resources.entries().forEach((key, value) -> named.put(key, named(key, value, projectName)));
                result = result.with(kind, resources.withEntries(named));
            }
        }
        return result;
    }

    private static MapNode addDefaultNetwork(MapNode root) {
        boolean used = root.getOrNull("services") instanceof MapNode services
                && services.entries().values().stream().anyMatch(DefaultServiceNetworkRule::usesDefault);
        MapNode networks = root.getOrNull("networks") instanceof MapNode n ? n : null;
        if (!used || networks != null && networks.has("default")) {
            return root;
        }
        Position at = root.position();
        MapNode base = networks != null ? networks : MapNode.empty(at);
        return root.with("networks", base.with("default", MapNode.empty(at)));
    }

    private static Node named(String key, Node value, String projectName) {
        MapNode resource = value instanceof MapNode m ? m : MapNode.empty(value.position());
        if (!Nodes.isNull(resource.getOrNull("name"))) {
            return resource;
        }
        String name = Nodes.isTrue(resource.getOrNull("external")) ? key : projectName + "_" + key;
        return resource.with("name", ScalarNode.of(name, resource.position()));
    }
}
