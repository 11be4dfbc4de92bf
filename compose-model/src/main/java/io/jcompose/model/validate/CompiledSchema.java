package io.jcompose.model.validate;

import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.Tag;

/**
 * One (sub)schema compiled into the checks of its keywords, in the order the schema writes them. The checks are
 * set once by {@link SchemaCompiler} before the schema is published, so that {@code $ref} cycles can point at a
 * schema still being compiled; after that it is immutable and safe to share between threads.
 */
final class CompiledSchema {

    private static final Check[] NONE = new Check[0];

    private Check[] checks = NONE;

    void define(Check[] compiled) {
        this.checks = compiled.clone();
    }

    /**
     * Adds the failures of {@code node} to {@code evaluation}. Values tagged {@code !reset} are not checked: the
     * merge stage drops their content.
     */
    void evaluate(Node node, Evaluation evaluation) {
        if (node.tag() == Tag.RESET) {
            return;
        }
        for (Check check : checks) {
            check.evaluate(node, evaluation);
        }
    }
}
