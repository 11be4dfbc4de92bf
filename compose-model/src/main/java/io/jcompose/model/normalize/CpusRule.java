package io.jcompose.model.normalize;

import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.ScalarNode;

/** {@code cpus}: a number, written as an integer when it is whole (Go prints float32 1 as {@code 1}). */
final class CpusRule implements Rule {

    @Override
    public Node apply(Node node, RuleContext context) {
        if (!(node instanceof ScalarNode s) || s.isNull()) {
            return node;
        }
        double value;
        try {
            value = Double.parseDouble(s.asText());
        } catch (NumberFormatException e) {
            throw context.error(s, "\"" + s.asText() + "\" is not a valid number of CPUs");
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return s.withValue((long) value);
        }
        return s.withValue(Double.parseDouble(Float.toString((float) value)));
    }
}
