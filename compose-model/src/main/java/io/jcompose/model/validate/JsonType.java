package io.jcompose.model.validate;

import io.jcompose.model.tree.ListNode;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.ScalarNode;
import java.math.BigInteger;

/**
 * The seven JSON Schema types and which tree nodes have them, so the schema's {@code type} keyword can be checked
 * against YAML values; as in JSON Schema 2020-12 a whole number written {@code 2.0} is an integer too.
 */
enum JsonType {
    STRING("string"), NUMBER("number"), INTEGER("integer"), BOOLEAN("boolean"), OBJECT("object"),
    ARRAY("array"), NULL("null");

    private final String schemaName;

    JsonType(String schemaName) {
        this.schemaName = schemaName;
    }

    /** The name the schema spells this type with. */
    String schemaName() {
        return schemaName;
    }

    /** The type named {@code name} in a schema, or null for a name JSON Schema does not define. */
    static JsonType named(String name) {
        for (JsonType t : values()) {
            if (t.schemaName.equals(name)) {
                return t;
            }
        }
        return null;
    }

    /** Whether {@code node} is of this type. */
    boolean matches(Node node) {
        return switch (this) {
            case OBJECT -> node instanceof MapNode;
            case ARRAY -> node instanceof ListNode;
            case STRING -> node instanceof ScalarNode s && s.value() instanceof String;
            case BOOLEAN -> node instanceof ScalarNode s && s.value() instanceof Boolean;
            case NULL -> node instanceof ScalarNode s && s.value() == null;
            case NUMBER -> node instanceof ScalarNode s && isNumber(s.value());
            case INTEGER -> node instanceof ScalarNode s && isWhole(s.value());
        };
    }

    static boolean isNumber(Object value) {
        return value instanceof Long || value instanceof BigInteger || value instanceof Double;
    }

    private static boolean isWhole(Object value) {
        return value instanceof Long || value instanceof BigInteger
                || value instanceof Double d && !d.isInfinite() && d == Math.rint(d);
    }
}
