package io.jcompose.model.normalize;

import io.jcompose.model.tree.ListNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.ScalarNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** A service's {@code networks} list becomes a mapping of network name to null. */
final class ServiceNetworksRule implements Rule {

    @Override
    public Node apply(Node node, RuleContext context) {
        if (!(node instanceof ListNode list)) {
            return node;
        }
        Map<String, Node> result = new LinkedHashMap<>();
        for (Node item : list.items()) {
            String name = Nodes.textOf(item);
            if (name == null) {
                throw context.error(item, "network names must be strings");
            }
            result.put(name, ScalarNode.ofNull(item.position()));
        }
        return Nodes.map(result, list.position());
    }
}
