package io.jcompose.model.validate;

import io.jcompose.model.tree.ListNode;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.ScalarNode;
import java.util.List;
import java.util.Map;

/**
 * JSON Schema's equality of values, for {@code enum} and {@code uniqueItems}: same type and content, numbers by
 * their value ({@code 1} equals {@code 1.0}), mappings regardless of key order; positions and tags do not count.
 */
final class SameValue {

    private SameValue() {
    }

    static boolean test(Node a, Node b) {
        if (a instanceof ScalarNode x) {
            return b instanceof ScalarNode y && sameScalar(x.value(), y.value());
        }
        if (a instanceof ListNode x) {
            return b instanceof ListNode y && sameItems(x.items(), y.items());
        }
        return a instanceof MapNode x && b instanceof MapNode y && sameEntries(x, y);
    }

    /** The index of the first item equal to an earlier one, or -1. */
    static int firstRepeat(List<Node> items) {
        for (int i = 1; i < items.size(); i++) {
            if (firstEqual(items, i) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the first item before {@code index} equal to it, or -1. */
    static int firstEqual(List<Node> items, int index) {
        Node item = items.get(index);
        for (int j = 0; j < index; j++) {
            if (test(items.get(j), item)) {
                return j;
            }
        }
        return -1;
    }

    private static boolean sameScalar(Object x, Object y) {
        if (JsonType.isNumber(x) && JsonType.isNumber(y)) {
            return Numbers.compare(x, y) == 0;
        }
        return x == null ? y == null : x.equals(y);
    }

    private static boolean sameItems(List<Node> x, List<Node> y) {
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            if (!test(x.get(i), y.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameEntries(MapNode x, MapNode y) {
        if (x.size() != y.size()) {
            return false;
        }
        for (Map.Entry<String, Node> e : x.entries().entrySet()) {
            Node other = y.getOrNull(e.getKey());
            if (other == null || !test(e.getValue(), other)) {
                return false;
            }
        }
        return true;
    }
}
