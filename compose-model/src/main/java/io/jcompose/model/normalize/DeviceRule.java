package io.jcompose.model.normalize;

import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.ScalarNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** One {@code devices} entry: {@code SRC[:DST[:PERMISSIONS]]} becomes {@code {source, target, permissions}}. */
final class DeviceRule implements Rule {

    @Override
    public Node apply(Node node, RuleContext context) {
        if (!(node instanceof ScalarNode s) || !(s.value() instanceof String text)) {
            return node;
        }
        String[] parts = text.split(":", -1);
        if (parts.length > 3) {
            throw context.error(s, "\"" + text + "\" is a confusing device mapping, please use the long syntax");
        }
        String source = parts[0];
        String target = parts.length > 1 && !parts[1].isEmpty() ? parts[1] : source;
        String permissions = parts.length > 2 ? parts[2] : "rwm";
        Map<String, Node> e = new LinkedHashMap<>();
        e.put("source", Nodes.text(source, s.position()));
        e.put("target", Nodes.text(target, s.position()));
        e.put("permissions", Nodes.text(permissions, s.position()));
        return Nodes.map(e, s.position());
    }
}
