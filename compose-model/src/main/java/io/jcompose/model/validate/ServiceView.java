package io.jcompose.model.validate;

import io.jcompose.model.tree.ListNode;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.Position;
import io.jcompose.model.tree.ScalarNode;
import io.jcompose.model.tree.TreePath;
import java.util.List;
import java.util.Optional;

/** One service of the normalised model, with the small lookups the rules share. */
record ServiceView(String name, MapNode node, TreePath path, Position keyPosition) {

    /** The text of a scalar field, if present and not null. */
    Optional<ScalarNode> scalar(String key) {
        return node.getOrNull(key) instanceof ScalarNode s && !s.isNull() ? Optional.of(s) : Optional.empty();
    }

    Optional<String> text(String key) {
        return scalar(key).map(ScalarNode::asText);
    }

    /** The items of a sequence field, or none. */
    List<Node> items(String key) {
        return node.getOrNull(key) instanceof ListNode l ? l.items() : List.of();
    }

    /** The field as a mapping, if it is one. */
    Optional<MapNode> map(String key) {
        return node.getOrNull(key) instanceof MapNode m ? Optional.of(m) : Optional.empty();
    }

    /** A scalar read as an integer: numbers and numeric strings; empty otherwise. */
    static Optional<Long> integer(Node node) {
        if (node instanceof ScalarNode s && s.value() instanceof Number n) {
            return Optional.of(n.longValue());
        }
        if (node instanceof ScalarNode s && s.isString()) {
            try {
                return Optional.of(Long.parseLong(s.asText().trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A scalar read as a boolean the way Compose does ("false" and false are false). */
    static boolean isFalse(Node node) {
        return node instanceof ScalarNode s && (Boolean.FALSE.equals(s.value()) || "false".equalsIgnoreCase(
                s.isString() ? s.asText() : ""));
    }
}
