package io.jcompose.model.normalize;

import io.jcompose.model.tree.ListNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.ScalarNode;
import java.util.ArrayList;
import java.util.List;

/** {@code command} and {@code entrypoint}: a string is split into words as compose does; list items become text. */
final class ShellCommandRule implements Rule {

    @Override
    public Node apply(Node node, RuleContext context) {
        if (node instanceof ScalarNode s && s.value() instanceof String text) {
            List<Node> words = new ArrayList<>();
            try {
                ShellWords.split(text).forEach(w -> words.add(Nodes.text(w, s.position())));
            } catch (IllegalArgumentException e) {
                throw context.error(s, "\"" + text + "\" is not a valid command: unterminated quote or escape");
            }
            return Nodes.list(words, s.position());
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
