package io.jcompose.model.merge;

import io.jcompose.model.tree.ListNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Appends two sequences (a single string counts as a one-item sequence) and keeps one item per key: the last
 * item with a key takes the place of the first, as compose-go's uniqueness pass does.
 */
final class UnionMerge {

    private UnionMerge() {
    }

    static Node merge(MergeRule rule, Node base, Node override) {
        if (override instanceof ScalarNode s && s.isNull()) {
            return base;
        }
        ListNode b = asList(base);
        ListNode o = asList(override);
        if (b == null || o == null) {
            return override;
        }
        Map<String, Node> byKey = new LinkedHashMap<>();
        for (Node item : b.items()) {
            byKey.put(ItemKeys.key(rule, item), item);
        }
        for (Node item : o.items()) {
            byKey.put(ItemKeys.key(rule, item), item);
        }
        List<Node> items = new ArrayList<>(byKey.values());
        return new ListNode(items, base.position(), base.tag());
    }

    private static ListNode asList(Node node) {
        if (node instanceof ListNode l) {
            return l;
        }
        if (node instanceof ScalarNode s && !s.isNull()) {
            return ListNode.of(List.of(s.withTag(io.jcompose.model.tree.Tag.NONE)), s.position());
        }
        return null;
    }
}
