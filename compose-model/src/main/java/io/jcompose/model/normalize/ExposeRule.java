package io.jcompose.model.normalize;

import io.jcompose.model.tree.ListNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.ScalarNode;
import java.util.ArrayList;
import java.util.List;

/** {@code expose}: every entry becomes a string, as compose prints it. */
final class ExposeRule implements Rule {

    @Override
    public Node apply(Node node, RuleContext context) {
        if (!(node instanceof ListNode list)) {
            return node;
        }
        List<Node> items = new ArrayList<>();
        for (Node item : list.items()) {
            items.add(item instanceof ScalarNode s && !s.isNull() ? s.withValue(s.asText()) : item);
        }
        return list.withItems(items);
    }
}
