package io.jcompose.model.normalize;

import io.jcompose.model.tree.Node;

/** One normalisation rule for the values at one kind of path, like a compose-go transformer. */
@FunctionalInterface
interface Rule {

    /** The value at {@code context.path()} in its normalised form; its children are already normalised. */
    Node apply(Node node, RuleContext context);
}
