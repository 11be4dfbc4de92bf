package io.jcompose.model.normalize;

import io.jcompose.model.tree.ListNode;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.TreePath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rules keyed by path pattern ({@code services.*.ports}); a walk normalises children first, then applies every
 * rule whose pattern matches the node's path, in registration order.
 */
final class RuleRegistry {

    private record Entry(TreePath.Pattern pattern, Rule rule) {
    }

    /** Entries by pattern depth, so a node is only tested against patterns of its own depth. */
    private final Map<Integer, List<Entry>> byDepth = new java.util.HashMap<>();

    RuleRegistry register(Rule rule, String... patterns) {
        for (String p : patterns) {
            TreePath.Pattern compiled = TreePath.compile(p);
            byDepth.computeIfAbsent(compiled.depth(), d -> new ArrayList<>()).add(new Entry(compiled, rule));
        }
        return this;
    }

    Node walk(Node node, RuleContext context) {
        Node result = switch (node) {
            case MapNode m -> {
                Map<String, Node> copy = new LinkedHashMap<>();
                m.entries().forEach((k, v) -> copy.put(k, walk(v, context.key(k))));
                yield m.withEntries(copy);
            }
            case ListNode l -> {
                List<Node> items = new ArrayList<>();
                for (int i = 0; i < l.size(); i++) {
                    items.add(walk(l.get(i), context.index(i)));
                }
                yield l.withItems(items);
            }
            default -> node;
        };
        for (Entry e : byDepth.getOrDefault(context.path().depth(), List.of())) {
            if (context.path().matches(e.pattern())) {
                result = e.rule().apply(result, context);
            }
        }
        return result;
    }
}
