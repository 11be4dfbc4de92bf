package io.jcompose.model.normalize;

import io.jcompose.model.tree.ListNode;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.ScalarNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Labels, annotations, sysctls, driver options: a {@code KEY=VALUE} list becomes a mapping ({@code KEY} alone maps
 * to an empty string) and every value becomes a string, as compose's {@code Mapping} and {@code Labels} do.
 */
final class KeyValueRule implements Rule {

    /** Receives one {@code KEY=VALUE} item; the value is null for a bare {@code KEY}. */
    @FunctionalInterface
    interface PairSink {
        void accept(String key, String value, Node item);
    }

    /** Splits each item of a {@code KEY=VALUE} list, rejecting items that are not strings. */
    static void forEachPair(ListNode list, RuleContext context, PairSink sink) {
        for (Node item : list.items()) {
            String text = Nodes.textOf(item);
            if (text == null) {
                throw context.error(item, "expected a KEY=VALUE string, got a " + item.kind());
            }
            int eq = text.indexOf('=');
            sink.accept(eq < 0 ? text : text.substring(0, eq), eq < 0 ? null : text.substring(eq + 1), item);
        }
    }

    @Override
    public Node apply(Node node, RuleContext context) {
        Map<String, Node> result = new LinkedHashMap<>();
        switch (node) {
            case ListNode list -> {
                forEachPair(list, context, (key, value, item) ->
                        result.put(key, Nodes.text(value == null ? "" : value, item.position())));
                return Nodes.map(result, list.position());
            }
            case MapNode map -> {
                map.entries().forEach((k, v) -> result.put(k, v instanceof ScalarNode s
                        ? s.withValue(s.isNull() ? "" : s.asText()) : v));
                return map.withEntries(result);
            }
            default -> {
                return node;
            }
        }
    }
}
