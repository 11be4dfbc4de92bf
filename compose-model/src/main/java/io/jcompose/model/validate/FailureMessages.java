package io.jcompose.model.validate;

import io.jcompose.model.tree.ListNode;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.Position;
import io.jcompose.model.tree.ScalarNode;
import io.jcompose.model.tree.TreePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Turns one schema failure into a message in docker compose's style, placed where the user has to look: unknown
 * keys at the key, wrong values at the value, missing keys at their mapping.
 */
final class FailureMessages {

    private static final Map<String, String> NAME_KINDS = Map.of("services", "service", "networks", "network",
            "volumes", "volume", "secrets", "secret", "configs", "config", "models", "model",
            "depends_on", "service", "include", "include");

    private static final Pattern LITERAL = Pattern.compile("\\^[A-Za-z0-9_-]+\\$");

    private final JsonNode schema;

    FailureMessages(JsonNode schema) {
        this.schema = schema;
    }

    /** The violation for {@code failure}, or empty when it lies under a {@code !reset} value. */
    Optional<Violation> describe(Failure failure, Node root) {
        Located at = Located.find(root, failure.instance());
        if (at.reset()) {
            return Optional.empty();
        }
        Node node = at.node();
        return Optional.of(switch (failure.keyword()) {
            case "additionalProperties" -> unknownKey(failure, at);
            case "propertyNames" -> badName(failure, at);
            case "required" -> new Violation(node.position(), at.path(),
                    "missing required property \"" + failure.property() + "\"");
            case "type" -> new Violation(node.position(), at.path(),
                    "must be " + Words.expectedTypes(failure.schemaNode()) + ", got " + Words.actual(node));
            case "enum" -> badEnum(failure, at);
            case "const" -> new Violation(node.position(), at.path(),
                    "must be " + Words.value(failure.schemaNode()) + ", got " + Words.actual(node));
            case "pattern" -> badPattern(failure.schemaNode().asString(), at);
            case "uniqueItems" -> duplicate(at);
            case "minimum", "exclusiveMinimum" -> new Violation(node.position(), at.path(),
                    "must be at least " + failure.schemaNode() + ", got " + Words.actual(node));
            case "maximum", "exclusiveMaximum" -> new Violation(node.position(), at.path(),
                    "must be at most " + failure.schemaNode() + ", got " + Words.actual(node));
            case "oneOf" -> new Violation(node.position(), at.path(),
                    "matches more than one of the accepted forms, got " + Words.actual(node));
            default -> new Violation(node.position(), at.path(), failure.libraryMessage());
        });
    }

    private Violation unknownKey(Failure failure, Located at) {
        String key = failure.property();
        Position where = at.node() instanceof MapNode map ? map.keyPosition(key) : at.node().position();
        StringBuilder problem = new StringBuilder("additional property \"").append(key).append("\" is not allowed");
        JsonNode owner = schemaAt(failure.schemaPath().subList(0, Math.max(0, failure.schemaPath().size() - 1)));
        boolean extensible = owner.path("patternProperties").has("^x-");
        if (isMisspeltExtension(key) && extensible) {
            problem.append(" (extension keys must start with \"x-\")");
        } else if (key.startsWith("x-") && !extensible) {
            problem.append(" (extension keys are not allowed here)");
        } else {
            List<String> allowed = new ArrayList<>(owner.path("properties").propertyNames());
            Suggestions.closest(key, allowed).ifPresent(s -> problem.append(" (did you mean \"").append(s)
                    .append("\"?)"));
        }
        return new Violation(where, at.path(), problem.toString());
    }

    private static boolean isMisspeltExtension(String key) {
        return key.startsWith("X-") || key.startsWith("x_") || key.startsWith("X_");
    }

    private Violation badName(Failure failure, Located at) {
        String name = failure.property();
        Position where = at.node() instanceof MapNode map ? map.keyPosition(name) : at.node().position();
        String kind = NAME_KINDS.getOrDefault(at.path().last(), "key");
        return new Violation(where, at.path(), "invalid " + kind + " name " + Words.quote(name)
                + ": only letters, digits, \".\", \"_\" and \"-\" are allowed");
    }

    /** A pattern that only spells one word ({@code ^all$}) reads as that word. */
    private static Violation badPattern(String pattern, Located at) {
        String expected = LITERAL.matcher(pattern).matches()
                ? Words.quote(pattern.substring(1, pattern.length() - 1))
                : "a match of the pattern " + pattern;
        return new Violation(at.node().position(), at.path(), "must be " + expected + ", got " + Words.shown(at.node()));
    }

    private static Violation badEnum(Failure failure, Located at) {
        List<String> allowed = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        failure.schemaNode().values().forEach(v -> {
            allowed.add(v.asString());
            shown.add(Words.value(v));
        });
        StringBuilder problem = new StringBuilder("must be one of ").append(String.join(", ", shown))
                .append(", got ").append(Words.shown(at.node()));
        if (at.node() instanceof ScalarNode s && s.isString()) {
            Suggestions.closest(s.asText(), allowed)
                    .ifPresent(m -> problem.append(" (did you mean \"").append(m).append("\"?)"));
        }
        return new Violation(at.node().position(), at.path(), problem.toString());
    }

    /** Points at the second occurrence of the first repeated item. */
    private static Violation duplicate(Located at) {
        if (at.node() instanceof ListNode list) {
            List<JsonNode> seen = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                JsonNode item = io.jcompose.model.json.TreeJson.toJson(list.get(i));
                int first = seen.indexOf(item);
                if (first >= 0) {
                    TreePath path = at.path().index(i);
                    return new Violation(list.get(i).position(), path, "duplicate item "
                            + describeItem(list.get(i)) + " (already listed at line "
                            + list.get(first).position().line() + ")");
                }
                seen.add(item);
            }
        }
        return new Violation(at.node().position(), at.path(), "must not contain duplicate items");
    }

    private static String describeItem(Node item) {
        return item instanceof ScalarNode s ? Words.value(s) : "(" + item.kind() + ")";
    }

    private JsonNode schemaAt(List<Object> pointer) {
        JsonNode node = schema;
        for (Object segment : pointer) {
            node = node.isArray() ? node.path(Integer.parseInt(String.valueOf(segment)))
                    : node.path(String.valueOf(segment));
        }
        return node;
    }
}
