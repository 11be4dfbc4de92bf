package io.jcompose.model.validate;

import io.jcompose.model.tree.ListNode;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.Tag;
import io.jcompose.model.tree.TreePath;
import java.util.List;

/**
 * The tree node a schema error's instance location points at, with its printable path; {@code reset} tells that
 * the node or one of its parents is tagged {@code !reset}, whose content the merge stage drops, so it is not
 * checked.
 */
record Located(Node node, TreePath path, boolean reset) {

    /** Walks {@code root} along {@code segments}; stops at the deepest node that exists. */
    static Located find(Node root, List<Object> segments) {
        Node node = root;
        TreePath path = TreePath.ROOT;
        boolean reset = root.tag() == Tag.RESET;
        for (Object segment : segments) {
            Node next = null;
            String text = String.valueOf(segment);
            if (node instanceof MapNode map) {
                next = map.getOrNull(text);
                path = path.key(text);
            } else if (node instanceof ListNode list) {
                int index = segment instanceof Integer i ? i : parseIndex(text);
                if (index >= 0 && index < list.size()) {
                    next = list.get(index);
                }
                path = path.index(index);
            }
            if (next == null) {
                break;
            }
            node = next;
            reset |= node.tag() == Tag.RESET;
        }
        return new Located(node, path, reset);
    }

    private static int parseIndex(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
