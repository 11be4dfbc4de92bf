package io.jcompose.model.tree;

import java.util.List;

/** A YAML sequence. */
public record ListNode(List<Node> items, Position position, Tag tag) implements Node {

    public ListNode {
        items = List.copyOf(items);
    }

    public static ListNode of(List<Node> items, Position position) {
        return new ListNode(items, position, Tag.NONE);
    }

    public int size() {
        return items.size();
    }

    public Node get(int index) {
        return items.get(index);
    }

    public ListNode withItems(List<Node> newItems) {
        return new ListNode(newItems, position, tag);
    }

    @Override
    public ListNode withTag(Tag newTag) {
        return new ListNode(items, position, newTag);
    }

    @Override
    public String kind() {
        return "sequence";
    }
}
