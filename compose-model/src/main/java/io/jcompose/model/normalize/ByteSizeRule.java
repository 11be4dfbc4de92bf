package io.jcompose.model.normalize;

import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.ScalarNode;
import io.jcompose.model.value.ByteSize;
import io.jcompose.model.value.InvalidValueException;

/** Byte sizes ({@code mem_limit}, {@code shm_size}, ...) as compose prints them: the number of bytes, a string. */
final class ByteSizeRule implements Rule {

    @Override
    public Node apply(Node node, RuleContext context) {
        if (node instanceof ScalarNode s && !s.isNull()) {
            try {
                return s.withValue(ByteSize.of(s.asText()).toString());
            } catch (InvalidValueException e) {
                throw context.error(s, e);
            }
        }
        return node;
    }
}
