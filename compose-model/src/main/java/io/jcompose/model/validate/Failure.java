package io.jcompose.model.validate;

import io.jcompose.model.tree.Node;
import java.util.List;

/**
 * One schema violation as the evaluator found it, carrying just what its message needs; {@code instance} is the
 * path of the failing value in the document (keys as strings, indexes as integers).
 */
sealed interface Failure {

    List<Object> instance();

    /** {@code additionalProperties: false}: a key the mapping does not declare; {@code known} are its declared keys. */
    record UnknownKey(List<Object> instance, String key, List<String> known, boolean extensible)
            implements Failure {
    }

    /** {@code propertyNames}: a key of the mapping fails the schema for names. */
    record BadName(List<Object> instance, String name) implements Failure {
    }

    /** {@code required}: the mapping lacks {@code key}. */
    record Missing(List<Object> instance, String key) implements Failure {
    }

    /** {@code type}: the value has none of the {@code expected} types (schema names, in schema order). */
    record WrongType(List<Object> instance, List<String> expected) implements Failure {
    }

    /** {@code enum}: the value is none of {@code allowed}. */
    record NotInEnum(List<Object> instance, List<Node> allowed) implements Failure {
    }

    /** {@code pattern}: the string does not match. */
    record NoMatch(List<Object> instance, String pattern) implements Failure {
    }

    /** {@code uniqueItems}: the sequence repeats an item. */
    record Duplicate(List<Object> instance) implements Failure {
    }

    /** {@code minimum}: the number is below {@code minimum} (as written in the schema). */
    record TooSmall(List<Object> instance, String minimum) implements Failure {
    }
}
