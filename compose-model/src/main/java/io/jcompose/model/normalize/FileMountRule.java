package io.jcompose.model.normalize;

import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.ScalarNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One entry of a service's {@code secrets} or {@code configs}: a name becomes {@code {source: name}}; secrets get
 * the default {@code target: /run/secrets/<source>}; a numeric {@code mode} is printed in octal ({@code "0440"}).
 */
final class FileMountRule implements Rule {

    private final boolean secret;

    FileMountRule(boolean secret) {
        this.secret = secret;
    }

    @Override
    public Node apply(Node node, RuleContext context) {
        MapNode mount;
        if (node instanceof ScalarNode s && s.value() instanceof String name) {
            Map<String, Node> e = new LinkedHashMap<>();
            e.put("source", s);
            mount = Nodes.map(e, s.position());
        } else if (node instanceof MapNode m) {
            mount = m;
        } else {
            throw context.error(node, "expected a name or a mapping, got a " + node.kind());
        }
        if (secret && !mount.has("target") && mount.getOrNull("source") instanceof ScalarNode source) {
            mount = mount.with("target", Nodes.text("/run/secrets/" + source.asText(), source.position()));
        }
        if (mount.getOrNull("mode") instanceof ScalarNode mode && !mode.isNull()) {
            mount = mount.with("mode", mode.withValue(octal(mode, context.key("mode"))));
        }
        return mount;
    }

    private static String octal(ScalarNode mode, RuleContext context) {
        try {
            long value = mode.value() instanceof Long l ? l : Long.parseLong(mode.asText(), 8);
            return "0" + Long.toOctalString(value);
        } catch (NumberFormatException e) {
            throw context.error(mode, "\"" + mode.asText() + "\" is not a valid file mode (expected octal, e.g. 0440)");
        }
    }
}
