package io.jcompose.model.tree;

import java.math.BigInteger;

/**
 * A scalar value: {@link String}, {@link Long}, {@link BigInteger}, {@link Double}, {@link Boolean} or {@code null},
 * as YAML 1.2's core schema resolves it.
 */
public record ScalarNode(Object value, Position position, Tag tag) implements Node {

    public ScalarNode {
        if (value != null && !(value instanceof String || value instanceof Long || value instanceof BigInteger
                || value instanceof Double || value instanceof Boolean)) {
            throw new IllegalArgumentException("unsupported scalar type " + value.getClass().getName());
        }
    }

    public static ScalarNode of(Object value, Position position) {
        return new ScalarNode(value instanceof Integer i ? Long.valueOf(i) : value, position, Tag.NONE);
    }

    public static ScalarNode ofNull(Position position) {
        return new ScalarNode(null, position, Tag.NONE);
    }

    public boolean isNull() {
        return value == null;
    }

    public boolean isString() {
        return value instanceof String;
    }

    /** The value as text, the way Compose turns scalars into strings (booleans lower case, null as empty). */
    public String asText() {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return d.toString();
        }
        return value.toString();
    }

    /** A copy holding another value at the same position. */
    public ScalarNode withValue(Object newValue) {
        return new ScalarNode(newValue, position, tag);
    }

    @Override
    public ScalarNode withTag(Tag newTag) {
        return new ScalarNode(value, position, newTag);
    }

    @Override
    public String kind() {
        if (value == null) {
            return "null";
        }
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        return "number";
    }
}
