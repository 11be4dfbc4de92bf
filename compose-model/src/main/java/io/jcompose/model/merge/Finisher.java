package io.jcompose.model.merge;

import io.jcompose.model.tree.ListNode;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.Position;
import io.jcompose.model.tree.ScalarNode;
import io.jcompose.model.tree.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Drops the values still marked {@code !reset} and clears every other tag once all files are merged. */
final class Finisher {

    private Finisher() {
    }

    /** The finished node, or null when the node itself is a {@code !reset} marker. */
    static Node finish(Node node) {
        if (node.tag() == Tag.RESET) {
            return null;
        }
        return switch (node) {
            case MapNode m -> {
                Map<String, Node> entries = new LinkedHashMap<>();
                Map<String, Position> keys = new LinkedHashMap<>();
                m.entries().forEach((k, v) -> {
                    Node f = finish(v);
                    if (f != null) {
                        entries.put(k, f);
                        keys.put(k, m.keyPosition(k));
                    }
                });
                yield new MapNode(entries, keys, m.position(), Tag.NONE);
            }
            case ListNode l -> {
                List<Node> items = new ArrayList<>();
                for (Node item : l.items()) {
                    Node f = finish(item);
                    if (f != null) {
                        items.add(f);
                    }
                }
                yield new ListNode(items, l.position(), Tag.NONE);
            }
            case ScalarNode s -> s.withTag(Tag.NONE);
        };
    }
}
