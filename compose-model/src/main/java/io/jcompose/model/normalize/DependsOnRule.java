package io.jcompose.model.normalize;

import io.jcompose.model.tree.ListNode;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.Position;
import io.jcompose.model.tree.ScalarNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code depends_on}: a list of names becomes {@code {name: {condition: service_started, required: true}}};
 * mapping entries get the same defaults; {@code restart} is kept only when true (compose omits false).
 */
final class DependsOnRule implements Rule {

    @Override
    public Node apply(Node node, RuleContext context) {
        Map<String, Node> result = new LinkedHashMap<>();
        switch (node) {
            case ListNode list -> {
                for (Node item : list.items()) {
                    String name = Nodes.textOf(item);
                    if (name == null) {
                        throw context.error(item, "depends_on entries must be service names");
                    }
                    result.put(name, dependency("service_started", false, true, item.position()));
                }
                return Nodes.map(result, list.position());
            }
            case MapNode map -> {
                map.entries().forEach((name, v) -> {
                    MapNode d = v instanceof MapNode m ? m : MapNode.empty(v.position());
                    String condition = Nodes.textOf(d.getOrNull("condition"));
                    boolean restart = Nodes.isTrue(d.getOrNull("restart"));
                    boolean required = !d.has("required") || Nodes.isTrue(d.getOrNull("required"));
                    result.put(name, dependency(condition == null ? "service_started" : condition, restart,
                            required, d.position()));
                });
                return map.withEntries(result);
            }
            default -> {
                return node;
            }
        }
    }

    static MapNode dependency(String condition, boolean restart, boolean required, Position at) {
        Map<String, Node> d = new LinkedHashMap<>();
        d.put("condition", Nodes.text(condition, at));
        if (restart) {
            d.put("restart", ScalarNode.of(true, at));
        }
        d.put("required", ScalarNode.of(required, at));
        return Nodes.map(d, at);
    }
}
