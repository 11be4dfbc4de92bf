package io.jcompose.model.normalize;

import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.ScalarNode;

/** {@code pull_policy: if_not_present} is the old spelling of {@code missing}. */
final class PullPolicyRule implements Rule {

    @Override
    public Node apply(Node node, RuleContext context) {
        if (node instanceof ScalarNode s && "if_not_present".equals(s.value())) {
            return s.withValue("missing");
        }
        return node;
    }
}
