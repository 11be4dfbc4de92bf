package io.jcompose.model.normalize;

import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.ScalarNode;
import java.util.Map;

/**
 * A service with neither {@code network_mode} nor {@code provider} and no (or empty) {@code networks} is attached
 * to the {@code default} network.
 */
final class DefaultServiceNetworkRule implements Rule {

    @Override
    public Node apply(Node node, RuleContext context) {
        if (!(node instanceof MapNode service) || service.has("network_mode") || service.has("provider")) {
            return node;
        }
        Node networks = service.getOrNull("networks");
        if (networks instanceof MapNode m && m.size() > 0) {
            return service;
        }
        return service.with("networks", Nodes.map(Map.of("default", ScalarNode.ofNull(service.position())),
                service.position()));
    }

    /** Whether a normalised service uses the default network. */
    static boolean usesDefault(Node service) {
        return service instanceof MapNode s && s.getOrNull("networks") instanceof MapNode n && n.has("default");
    }
}
