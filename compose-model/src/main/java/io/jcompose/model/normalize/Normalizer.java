package io.jcompose.model.normalize;

import io.jcompose.model.env.Environment;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.ScalarNode;
import io.jcompose.model.tree.TreePath;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites every short syntax into docker compose's long form and fills compose's defaults, so the tree is what
 * {@code docker compose config} prints; each rewrite is a {@link Rule} registered for a path pattern.
 */
public final class Normalizer {

    private static final List<String> TOP_LEVEL = List.of("services", "networks", "volumes", "secrets", "configs");
    private static final RuleRegistry RULES = NormalizationRules.standard();

    private Normalizer() {
    }

    /**
     * The model exactly as {@code docker compose config} prints it: {@code name} set, long syntax everywhere,
     * implicit {@code default} network, defaults filled in, {@code x-*} extensions removed.
     */
    public static Node normalize(Node model, String projectName, Path projectDirectory, Environment environment) {
        if (!(model instanceof MapNode root)) {
            return model;
        }
        Map<String, Node> kept = new LinkedHashMap<>();
        kept.put("name", ScalarNode.of(projectName, root.keyPosition("name")));
        for (String key : TOP_LEVEL) {
            if (root.has(key) && !Nodes.isNull(root.getOrNull(key))) {
                kept.put(key, root.getOrNull(key));
            }
        }
        if (!kept.containsKey("services")) {
            kept.put("services", MapNode.empty(root.position()));
        }
        RuleContext context = new RuleContext(TreePath.ROOT, projectName, projectDirectory, environment);
        MapNode normalized = (MapNode) RULES.walk(root.withEntries(kept), context);
        normalized = ProjectResources.apply(normalized, projectName);
        return KeyOrder.apply(normalized, TreePath.ROOT);
    }
}
