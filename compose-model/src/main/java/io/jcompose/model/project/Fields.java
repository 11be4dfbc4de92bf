package io.jcompose.model.project;

import io.jcompose.model.tree.ListNode;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.ScalarNode;
import io.jcompose.model.value.ByteSize;
import io.jcompose.model.value.ComposeDuration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** Typed reads of one normalised mapping; absent or null values give null, empty collections or false. */
record Fields(MapNode node) {

    static Fields of(Node node) {
        return new Fields(node instanceof MapNode m ? m : MapNode.empty(node == null
                ? io.jcompose.model.tree.Position.NONE : node.position()));
    }

    boolean has(String key) {
        return node.getOrNull(key) != null && !(node.getOrNull(key) instanceof ScalarNode s && s.isNull());
    }

    Node raw(String key) {
        return node.getOrNull(key);
    }

    Fields sub(String key) {
        return has(key) ? of(node.getOrNull(key)) : null;
    }

    String str(String key) {
        return node.getOrNull(key) instanceof ScalarNode s && !s.isNull() ? s.asText() : null;
    }

    boolean bool(String key) {
        String v = str(key);
        return v != null && (v.equalsIgnoreCase("true") || v.equals("1"));
    }

    Boolean boolOrNull(String key) {
        return has(key) ? bool(key) : null;
    }

    Long longOrNull(String key) {
        String v = str(key);
        return v == null ? null : Long.valueOf(v.strip());
    }

    Integer intOrNull(String key) {
        Long v = longOrNull(key);
        return v == null ? null : Math.toIntExact(v);
    }

    Double doubleOrNull(String key) {
        String v = str(key);
        return v == null ? null : Double.valueOf(v.strip());
    }

    ComposeDuration duration(String key) {
        String v = str(key);
        return v == null ? null : ComposeDuration.of(v);
    }

    ByteSize bytes(String key) {
        String v = str(key);
        return v == null ? null : ByteSize.of(v);
    }

    List<String> strings(String key) {
        return node.getOrNull(key) instanceof ListNode l ? strings(l) : null;
    }

    static List<String> strings(ListNode l) {
        List<String> out = new ArrayList<>();
        l.items().forEach(i -> out.add(i instanceof ScalarNode s ? s.asText() : String.valueOf(i)));
        return out;
    }

    /** A string map; null values are kept (unset environment variables). */
    Map<String, String> stringMap(String key) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node.getOrNull(key) instanceof MapNode m) {
            m.entries().forEach((k, v) -> out.put(k, v instanceof ScalarNode s && !s.isNull() ? s.asText() : null));
        }
        return out;
    }

    <T> List<T> list(String key, BiFunction<Fields, Node, T> mapper) {
        List<T> out = new ArrayList<>();
        if (node.getOrNull(key) instanceof ListNode l) {
            l.items().forEach(i -> out.add(mapper.apply(of(i), i)));
        }
        return out;
    }

    <T> Map<String, T> map(String key, BiFunction<Fields, Node, T> mapper) {
        Map<String, T> out = new LinkedHashMap<>();
        if (node.getOrNull(key) instanceof MapNode m) {
            m.entries().forEach((k, v) -> out.put(k, mapper.apply(of(v), v)));
        }
        return out;
    }
}
