package io.jcompose.model.normalize;

import io.jcompose.model.tree.ListNode;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.Position;
import io.jcompose.model.tree.ScalarNode;
import io.jcompose.model.tree.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small builders and readers for tree nodes that the rules share. */
final class Nodes {

    private Nodes() {
    }

    static MapNode map(Map<String, Node> entries, Position position) {
        return new MapNode(new LinkedHashMap<>(entries), Map.of(), position, Tag.NONE);
    }

    static ListNode list(List<Node> items, Position position) {
        return ListNode.of(items, position);
    }

    static ScalarNode text(String value, Position position) {
        return ScalarNode.of(value, position);
    }

    /** A scalar's text as Go's fmt.Sprint would give it; null for null or non-scalars. */
    static String textOf(Node node) {
        if (node instanceof ScalarNode s && !s.isNull()) {
            return s.asText();
        }
        return null;
    }

    static boolean isNull(Node node) {
        return node == null || node instanceof ScalarNode s && s.isNull();
    }

    static boolean isTrue(Node node) {
        return node instanceof ScalarNode s && ("true".equalsIgnoreCase(s.asText()) || "1".equals(s.asText()));
    }
}
