package io.jcompose.model.normalize;

import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.ScalarNode;
import java.util.Objects;

/**
 * A top-level network, volume, secret or config: null becomes an empty mapping, {@code external: {name: x}}
 * becomes {@code external: true} with {@code name: x} (conflicting names are an error).
 */
final class ExternalResourceRule implements Rule {

    @Override
    public Node apply(Node node, RuleContext context) {
        if (Nodes.isNull(node)) {
            return MapNode.empty(node.position());
        }
        if (!(node instanceof MapNode resource) || !(resource.getOrNull("external") instanceof MapNode external)) {
            return node;
        }
        MapNode result = resource.with("external", ScalarNode.of(true, external.position()));
        Node externalName = external.getOrNull("name");
        if (externalName != null) {
            Node name = resource.getOrNull("name");
            if (name != null && !Objects.equals(Nodes.textOf(name), Nodes.textOf(externalName))) {
                throw context.error(external, "name and external.name conflict; only use name");
            }
            if (name == null) {
                result = result.with("name", externalName);
            }
        }
        return result;
    }
}
