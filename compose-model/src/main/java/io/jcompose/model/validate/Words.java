package io.jcompose.model.validate;

import io.jcompose.model.tree.ListNode;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.ScalarNode;
import java.util.ArrayList;
import java.util.List;

/** How messages name types and values: YAML's words (mapping, sequence) rather than JSON Schema's. */
final class Words {

    private static final int MAX_QUOTED = 60;

    private Words() {
    }

    /** "a mapping", "an integer", "null" for a JSON Schema type name. */
    static String typeWithArticle(String schemaType) {
        return switch (schemaType) {
            case "object" -> "a mapping";
            case "array" -> "a sequence";
            case "integer" -> "an integer";
            case "null" -> "null";
            default -> "a " + schemaType;
        };
    }

    /** "a string or a number" for the schema types {@code ["string", "number"]}. */
    static String expectedTypes(List<String> types) {
        List<String> words = new ArrayList<>();
        for (String type : types) {
            words.add(typeWithArticle(type));
        }
        return or(words);
    }

    /** "a", "a or b", "a, b or c". */
    static String or(List<String> words) {
        if (words.size() <= 1) {
            return words.isEmpty() ? "" : words.getFirst();
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.getLast();
    }

    /** What the user wrote: "a mapping", "a sequence", "null", "the string \"abc\"", "the number 1.5". */
    static String actual(Node node) {
        return switch (node) {
            case MapNode m -> "a mapping";
            case ListNode l -> "a sequence";
            case ScalarNode s when s.isNull() -> "null";
            case ScalarNode s -> "the " + s.kind() + " " + value(s);
        };
    }

    /** A scalar's value alone ({@code "abc"}, {@code 12}); collections and null as {@link #actual}. */
    static String shown(Node node) {
        return node instanceof ScalarNode s && !s.isNull() ? value(s) : actual(node);
    }

    /** A scalar as it reads in a message: strings quoted, others as written. */
    static String value(ScalarNode s) {
        return s.isString() ? quote(s.asText()) : s.asText();
    }

    /** A schema value (an enum member) as it reads in a message. */
    static String value(Node n) {
        if (n instanceof ScalarNode s) {
            return s.isNull() ? "null" : value(s);
        }
        return "(" + n.kind() + ")";
    }

    static String quote(String text) {
        String t = text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "..." : text;
        return "\"" + t.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
