package io.jcompose.model.merge;

import io.jcompose.model.tree.ListNode;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.ScalarNode;
import io.jcompose.model.tree.Tag;
import java.util.LinkedHashMap;
import java.util.Map;

/** Converts the short forms of a few fields to their mapping form where two documents meet. */
final class Shapes {

    private Shapes() {
    }

    /** depends_on: {@code [db]} becomes {@code {db: {condition: service_started, required: true}}}. */
    static Node dependsOn(Node node) {
        if (!(node instanceof ListNode list)) {
            return node;
        }
        Map<String, Node> entries = new LinkedHashMap<>();
        Map<String, io.jcompose.model.tree.Position> keys = new LinkedHashMap<>();
        for (Node item : list.items()) {
            String name = text(item);
            Map<String, Node> dep = new LinkedHashMap<>();
            dep.put("condition", ScalarNode.of("service_started", item.position()));
            dep.put("required", ScalarNode.of(true, item.position()));
            entries.put(name, new MapNode(dep, Map.of(), item.position(), Tag.NONE));
            keys.put(name, item.position());
        }
        return new MapNode(entries, keys, list.position(), list.tag());
    }

    /** networks, models: {@code [front, back]} becomes {@code {front: null, back: null}}. */
    static Node namesToMap(Node node) {
        if (!(node instanceof ListNode list)) {
            return node;
        }
        Map<String, Node> entries = new LinkedHashMap<>();
        Map<String, io.jcompose.model.tree.Position> keys = new LinkedHashMap<>();
        for (Node item : list.items()) {
            String name = text(item);
            entries.put(name, ScalarNode.ofNull(item.position()));
            keys.put(name, item.position());
        }
        return new MapNode(entries, keys, list.position(), list.tag());
    }

    /** build: a string is the context. */
    static Node build(Node node) {
        if (node instanceof ScalarNode s && s.isString()) {
            return new MapNode(Map.of("context", s.withTag(Tag.NONE)), Map.of("context", s.position()),
                    s.position(), s.tag());
        }
        return node;
    }

    /** A scalar's text; a collection's kind (never equal to a scalar's text in practice). */
    static String text(Node node) {
        return node instanceof ScalarNode s ? s.asText() : "<" + node.kind() + ">";
    }
}
