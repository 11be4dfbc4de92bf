package io.jcompose.model.normalize;

import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.ScalarNode;
import io.jcompose.model.value.ComposeDuration;
import io.jcompose.model.value.InvalidValueException;

/** Durations ({@code stop_grace_period}, healthcheck timings, deploy delays) in Go's canonical form: {@code 1m30s}. */
final class DurationRule implements Rule {

    @Override
    public Node apply(Node node, RuleContext context) {
        if (node instanceof ScalarNode s && !s.isNull()) {
            try {
                return s.withValue(ComposeDuration.of(s.asText()).toString());
            } catch (InvalidValueException e) {
                throw context.error(s, e);
            }
        }
        return node;
    }
}
