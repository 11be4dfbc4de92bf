package io.jcompose.model.normalize;

import io.jcompose.model.tree.ListNode;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.ScalarNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code environment} and {@code build.args}: a {@code KEY=VALUE} list becomes a mapping, values become strings,
 * and a key without a value takes the project variable of that name; when there is none it stays null for
 * {@code environment} and is dropped for {@code build.args}, as compose-go's normalisation does.
 */
final class EnvironmentRule implements Rule {

    private final boolean keepUnresolved;

    EnvironmentRule(boolean keepUnresolved) {
        this.keepUnresolved = keepUnresolved;
    }

    @Override
    public Node apply(Node node, RuleContext context) {
        Map<String, Node> result = new LinkedHashMap<>();
        switch (node) {
            case ListNode list -> {
                KeyValueRule.forEachPair(list, context, (key, value, item) -> {
                    if (!key.isEmpty() && Character.isWhitespace(key.charAt(key.length() - 1))) {
                        throw context.error(item, "environment variable \"" + key.strip()
                                + "\" is declared with a trailing space");
                    }
                    put(result, key, value, item, context);
                });
                return Nodes.map(result, list.position());
            }
            case MapNode map -> {
                map.entries().forEach((k, v) -> put(result, k, Nodes.textOf(v), v, context));
                return map.withEntries(result);
            }
            default -> {
                return node;
            }
        }
    }

    private void put(Map<String, Node> result, String key, String value, Node source, RuleContext context) {
        if (value != null) {
            result.put(key, Nodes.text(value, source.position()));
            return;
        }
        Optional<String> resolved = context.variable(key);
        if (resolved.isPresent()) {
            result.put(key, Nodes.text(resolved.get(), source.position()));
        } else if (keepUnresolved) {
            result.put(key, ScalarNode.ofNull(source.position()));
        }
    }
}
