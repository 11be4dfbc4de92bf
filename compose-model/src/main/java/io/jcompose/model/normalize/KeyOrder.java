package io.jcompose.model.normalize;

import io.jcompose.model.tree.ListNode;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.TreePath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The last step: keys in the order docker compose prints them (compose-go's struct field order for objects, sorted
 * keys for maps such as {@code environment} or {@code services}), and {@code x-*} extension keys removed from
 * objects (user maps such as labels keep every key).
 */
final class KeyOrder {

    private KeyOrder() {
    }

    static Node apply(Node node, TreePath path) {
        return switch (node) {
            case MapNode m -> order(m, path);
            case ListNode l -> {
                List<Node> items = new ArrayList<>();
                for (int i = 0; i < l.size(); i++) {
                    items.add(apply(l.get(i), path.index(i)));
                }
                yield l.withItems(items);
            }
            default -> node;
        };
    }

    private static MapNode order(MapNode m, TreePath path) {
        boolean sorted = KeyOrders.isSortedMap(path);
        List<String> fields = sorted ? null : KeyOrders.fieldsOf(path);
        Map<String, Node> source = sorted ? new TreeMap<>(m.entries()) : m.entries();
        Map<String, Node> result = new LinkedHashMap<>();
        if (fields != null) {
            for (String f : fields) {
                if (source.containsKey(f)) {
                    result.put(f, apply(source.get(f), path.key(f)));
                }
            }
        }
        for (Map.Entry<String, Node> e : source.entrySet()) {
            if (!result.containsKey(e.getKey()) && (sorted || !e.getKey().startsWith("x-"))) {
                result.put(e.getKey(), apply(e.getValue(), path.key(e.getKey())));
            }
        }
        return m.withEntries(result);
    }
}
