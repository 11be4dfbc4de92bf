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

/**
 * Turns one schema failure into a message in docker compose's style, placed where the user has to look: unknown
 * keys at the key, wrong values at the value, missing keys at their mapping.
 */
final class FailureMessages {

    private static final Map<String, String> NAME_KINDS = Map.of("services", "service", "networks", "network",
            "volumes", "volume", "secrets", "secret", "configs", "config", "models", "model",
            "depends_on", "service", "include", "include");

    private static final Pattern LITERAL = Pattern.compile("\\^[A-Za-z0-9_-]+\\$");

    private FailureMessages() {
    }

    /** The violation for {@code failure}, or empty when it lies under a {@code !reset} value. */
    static Optional<Violation> describe(Failure failure, Node root) {
        Located at = Located.find(root, failure.instance());
        if (at.reset()) {
            return Optional.empty();
        }
        Node node = at.node();
        return Optional.of(switch (failure) {
            case Failure.UnknownKey f -> unknownKey(f, at);
            case Failure.BadName f -> badName(f, at);
            case Failure.Missing f -> new Violation(node.position(), at.path(),
                    "missing required property \"" + f.key() + "\"");
            case Failure.WrongType f -> new Violation(node.position(), at.path(),
                    "must be " + Words.expectedTypes(f.expected()) + ", got " + Words.actual(node));
            case Failure.NotInEnum f -> badEnum(f, at);
            case Failure.NoMatch f -> badPattern(f.pattern(), at);
            case Failure.Duplicate f -> duplicate(at);
            case Failure.TooSmall f -> new Violation(node.position(), at.path(),
                    "must be at least " + f.minimum() + ", got " + Words.actual(node));
        });
    }

    private static Violation unknownKey(Failure.UnknownKey failure, Located at) {
        String key = failure.key();
        Position where = at.node() instanceof MapNode map ? map.keyPosition(key) : at.node().position();
        StringBuilder problem = new StringBuilder("additional property \"").append(key).append("\" is not allowed");
        if (isMisspeltExtension(key) && failure.extensible()) {
            problem.append(" (extension keys must start with \"x-\")");
        } else if (key.startsWith("x-") && !failure.extensible()) {
            problem.append(" (extension keys are not allowed here)");
        } else {
            Suggestions.closest(key, failure.known()).ifPresent(s -> problem.append(" (did you mean \"").append(s)
                    .append("\"?)"));
        }
        return new Violation(where, at.path(), problem.toString());
    }

    private static boolean isMisspeltExtension(String key) {
        return key.startsWith("X-") || key.startsWith("x_") || key.startsWith("X_");
    }

    private static Violation badName(Failure.BadName failure, Located at) {
        String name = failure.name();
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

    private static Violation badEnum(Failure.NotInEnum failure, Located at) {
        List<String> allowed = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (Node v : failure.allowed()) {
            if (v instanceof ScalarNode s && s.isString()) {
                allowed.add(s.asText());
            }
            shown.add(Words.value(v));
        }
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
            for (int i = 1; i < list.size(); i++) {
                int first = SameValue.firstEqual(list.items(), i);
                if (first >= 0) {
                    TreePath path = at.path().index(i);
                    return new Violation(list.get(i).position(), path, "duplicate item "
                            + describeItem(list.get(i)) + " (already listed at line "
                            + list.get(first).position().line() + ")");
                }
            }
        }
        return new Violation(at.node().position(), at.path(), "must not contain duplicate items");
    }

    private static String describeItem(Node item) {
        return item instanceof ScalarNode s ? Words.value(s) : "(" + item.kind() + ")";
    }
}
