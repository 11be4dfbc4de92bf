package io.jcompose.model.normalize;

import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.ScalarNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code build}: a string is the context; the context defaults to the project directory and a local relative
 * context is made absolute; {@code dockerfile} defaults to {@code Dockerfile} unless {@code dockerfile_inline}.
 */
final class BuildRule implements Rule {

    @Override
    public Node apply(Node node, RuleContext context) {
        MapNode build;
        if (node instanceof ScalarNode s && s.value() instanceof String text) {
            Map<String, Node> e = new LinkedHashMap<>();
            e.put("context", s.withValue(text));
            build = Nodes.map(e, s.position());
        } else if (node instanceof MapNode m) {
            build = m;
        } else {
            throw context.error(node, "build must be a string or a mapping, got a " + node.kind());
        }
        Node ctx = build.getOrNull("context");
        if (Nodes.isNull(ctx)) {
            build = build.with("context", Nodes.text(context.projectDirectory().toString(), build.position()));
        } else if (ctx instanceof ScalarNode s && s.value() instanceof String text && isLocalRelative(text)) {
            build = build.with("context", s.withValue(
                    context.projectDirectory().resolve(Path.of(text)).normalize().toString()));
        }
        if (Nodes.isNull(build.getOrNull("dockerfile")) && Nodes.isNull(build.getOrNull("dockerfile_inline"))) {
            build = build.with("dockerfile", Nodes.text("Dockerfile", build.position()));
        }
        return build;
    }

    private static boolean isLocalRelative(String text) {
        return !text.isEmpty() && !text.startsWith("/") && !text.startsWith("~") && !text.contains("://")
                && !text.startsWith("git@") && !text.startsWith("github.com/");
    }
}
