package io.jcompose.model.merge;

import io.jcompose.model.tree.ListNode;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.TreePath;
import java.util.ArrayList;
import java.util.List;

/** ipam.config: an override entry merges into the base entry of the same subnet, other entries append. */
final class SubnetMerge {

    private SubnetMerge() {
    }

    static Node merge(TreePath path, Node base, Node override) {
        if (!(base instanceof ListNode b) || !(override instanceof ListNode o)) {
            return TreeMerger.generic(path, base, override);
        }
        List<Node> items = new ArrayList<>(b.items());
        for (Node entry : o.items()) {
            int same = indexOfSubnet(items, entry);
            if (same < 0) {
                items.add(entry);
            } else {
                items.set(same, TreeMerger.merge(path.index(same), items.get(same), entry));
            }
        }
        return b.withItems(items);
    }

    private static int indexOfSubnet(List<Node> items, Node entry) {
        if (!(entry instanceof MapNode m) || !m.has("subnet")) {
            return -1;
        }
        String subnet = ItemKeys.field(m, "subnet", "");
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof MapNode other && other.has("subnet")
                    && ItemKeys.field(other, "subnet", "").equals(subnet)) {
                return i;
            }
        }
        return -1;
    }
}
