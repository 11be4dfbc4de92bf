package io.jcompose.model.normalize;

import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.ScalarNode;
import java.util.Objects;

/**
 * {@code scale} is kept and, when the service has a {@code deploy} section, copied to {@code deploy.replicas};
 * distinct values in both places are an error, as in compose-go.
 */
final class ScaleRule implements Rule {

    @Override
    public Node apply(Node node, RuleContext context) {
        if (!(node instanceof MapNode service) || !(service.getOrNull("scale") instanceof ScalarNode scale)
                || scale.isNull()) {
            return node;
        }
        if (scale.value() instanceof Long l && l < 0) {
            throw context.key("scale").error(scale, "must be greater than or equal to 0");
        }
        if (!(service.getOrNull("deploy") instanceof MapNode deploy)) {
            return service;
        }
        Node replicas = deploy.getOrNull("replicas");
        if (!Nodes.isNull(replicas)) {
            if (!Objects.equals(Nodes.textOf(replicas), scale.asText())) {
                throw context.key("scale").error(scale, "can't set distinct values on 'scale' and 'deploy.replicas'");
            }
            return service;
        }
        return service.with("deploy", deploy.with("replicas", scale));
    }
}
