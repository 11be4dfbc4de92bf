package io.jcompose.model.merge;

import io.jcompose.model.tree.ListNode;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.Position;
import io.jcompose.model.tree.ScalarNode;
import io.jcompose.model.tree.TreePath;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Merges fields written either as a {@code K=V} list or as a mapping (environment, labels, sysctls,
 * extra_hosts...) by key; the result is a mapping whose keys keep their first place and take their last value.
 */
final class KeyedMerge {

    private KeyedMerge() {
    }

    static Node merge(TreePath path, Node base, Node override) {
        if (override instanceof ScalarNode s && s.isNull()) {
            return base;
        }
        boolean hosts = path.last().equals("extra_hosts");
        MapNode b = toMap(base, hosts);
        MapNode o = toMap(override, hosts);
        if (b == null || o == null) {
            return override;
        }
        Map<String, Node> entries = new LinkedHashMap<>(b.entries());
        Map<String, Position> keys = new LinkedHashMap<>(b.keyPositions());
        for (Map.Entry<String, Node> e : o.entries().entrySet()) {
            entries.merge(e.getKey(), e.getValue(), (old, now) -> TreeMerger.withTags(old, now, (x, y) -> y));
            keys.putIfAbsent(e.getKey(), o.keyPosition(e.getKey()));
        }
        return new MapNode(entries, keys, base.position(), base.tag());
    }

    /** The mapping form of a keyed field, or null when the node is neither a list nor a mapping. */
    static MapNode toMap(Node node, boolean hosts) {
        if (node instanceof MapNode m) {
            return m;
        }
        if (!(node instanceof ListNode list)) {
            return null;
        }
        Map<String, Node> entries = new LinkedHashMap<>();
        Map<String, Position> keys = new LinkedHashMap<>();
        for (Node item : list.items()) {
            String text = Shapes.text(item);
            int sep = separator(text, hosts);
            String key = sep < 0 ? text : text.substring(0, sep);
            Object value = sep < 0 ? null : text.substring(sep + 1);
            entries.put(key, new ScalarNode(value, item.position(), item.tag()));
            keys.putIfAbsent(key, item.position());
        }
        return new MapNode(entries, keys, list.position(), list.tag());
    }

    /** {@code K=V}; extra_hosts also accept {@code host:ip} (the first colon, so IPv6 addresses stay whole). */
    private static int separator(String text, boolean hosts) {
        int eq = text.indexOf('=');
        if (eq >= 0 || !hosts) {
            return eq;
        }
        return text.indexOf(':');
    }
}
