package io.jcompose.model.normalize;

import io.jcompose.model.tree.ListNode;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.ScalarNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service's {@code env_file}: the files are read in order (later files win), the service's own
 * {@code environment} wins over them, and {@code env_file} is dropped, as {@code docker compose config} prints it.
 * A missing file is an error unless {@code required: false}.
 */
final class EnvFileRule implements Rule {

    @Override
    public Node apply(Node node, RuleContext context) {
        if (!(node instanceof MapNode service) || !service.has("env_file")) {
            return node;
        }
        Node envFile = service.getOrNull("env_file");
        RuleContext at = context.key("env_file");
        List<Node> entries = envFile instanceof ListNode l ? l.items() : List.of(envFile);
        MapNode environment = service.getOrNull("environment") instanceof MapNode m ? m
                : MapNode.empty(service.keyPosition("env_file"));
        Map<String, String> fromFiles = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Node entry = entries.get(i);
            RuleContext entryAt = envFile instanceof ListNode ? at.index(i) : at;
            String pathText = entry instanceof MapNode m ? Nodes.textOf(m.getOrNull("path")) : Nodes.textOf(entry);
            if (pathText == null) {
                throw entryAt.error(entry, "an env_file entry must be a path or a mapping with a path");
            }
            boolean required = !(entry instanceof MapNode m && m.has("required")) || Nodes.isTrue(
                    ((MapNode) entry).getOrNull("required"));
            Path path = context.projectDirectory().resolve(pathText).normalize();
            if (!Files.isRegularFile(path)) {
                if (required) {
                    throw entryAt.error(entry, "env file " + path + " not found");
                }
                continue;
            }
            try {
                fromFiles.putAll(io.jcompose.model.env.DotEnvParser.parse(path.toString(), Files.readString(path),
                        name -> context.variable(name)
                                .or(() -> java.util.Optional.ofNullable(Nodes.textOf(environment.getOrNull(name)))),
                        unset -> { }));
            } catch (IOException e) {
                throw entryAt.error(entry, "cannot read env file " + path + ": " + e.getMessage());
            } catch (IllegalArgumentException e) {
                throw entryAt.error(entry, "env file " + path + ": " + e.getMessage());
            }
        }
        Map<String, Node> merged = new LinkedHashMap<>();
        fromFiles.forEach((k, v) -> merged.put(k, ScalarNode.of(v, envFile.position())));
        merged.putAll(environment.entries());
        MapNode result = service.without("env_file");
        if (!merged.isEmpty()) {
            result = result.with("environment", Nodes.map(merged, environment.position()));
        }
        return result;
    }
}
