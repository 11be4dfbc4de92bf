package io.jcompose.model.normalize;

import io.jcompose.model.tree.ListNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.ScalarNode;
import java.util.ArrayList;
import java.util.List;

/** Fields that take one string or a list ({@code dns}, {@code dns_search}, {@code tmpfs}): always a list of text. */
final class StringListRule implements Rule {

    @Override
    public Node apply(Node node, RuleContext context) {
        if (node instanceof ScalarNode s && !s.isNull()) {
            return Nodes.list(List.of(s.withValue(s.asText())), s.position());
        }
        if (node instanceof ListNode list) {
            List<Node> items = new ArrayList<>();
            list.items().forEach(i -> items.add(i instanceof ScalarNode s && !s.isNull() ? s.withValue(s.asText())
                    : i));
            return list.withItems(items);
        }
        return node;
    }
}
