package io.jcompose.model.tree;

/**
 * One value of a Compose document as the loader sees it: a mapping, a sequence or a scalar, each remembering its
 * position so that every stage of the pipeline can report errors at the exact place in the user's file.
 * Nodes are immutable; stages build new trees.
 */
public sealed interface Node permits MapNode, ListNode, ScalarNode {

    Position position();

    Tag tag();

    /** This node with another tag (used by the merge stage to clear {@code !override} once applied). */
    Node withTag(Tag tag);

    /** A short word for messages: "mapping", "sequence", "string", "number", "boolean", "null". */
    String kind();
}
