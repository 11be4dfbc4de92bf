package io.jcompose.model.normalize;

import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.ScalarNode;
import java.util.List;

/** {@code healthcheck.test}: a string becomes {@code ["CMD-SHELL", string]}. */
final class HealthcheckTestRule implements Rule {

    @Override
    public Node apply(Node node, RuleContext context) {
        if (node instanceof ScalarNode s && s.value() instanceof String text) {
            return Nodes.list(List.of(Nodes.text("CMD-SHELL", s.position()), s), s.position());
        }
        return node;
    }
}
