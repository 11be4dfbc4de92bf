package io.jcompose.model.include;

import io.jcompose.model.error.ComposeFileException;
import io.jcompose.model.json.TreeJson;
import io.jcompose.model.paths.PathResolver;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.Position;
import io.jcompose.model.tree.TreePath;
import java.nio.file.Path;
import java.util.List;

/**
 * Adds an included model's services, networks, volumes, secrets, configs and models to the including tree; a
 * name defined on both sides must have the same definition, as compose-go requires.
 */
final class ResourceImport {

    static final List<String> SECTIONS = List.of("services", "networks", "volumes", "secrets", "configs", "models");

    private ResourceImport() {
    }

    static MapNode into(MapNode target, Node imported, Path directory) {
        if (!(imported instanceof MapNode source)) {
            return target;
        }
        MapNode result = target;
        for (String section : SECTIONS) {
            if (source.getOrNull(section) instanceof MapNode from) {
                result = importSection(result, section, from, directory);
            }
        }
        return result;
    }

    private static MapNode importSection(MapNode target, String section, MapNode from, Path directory) {
        MapNode to = target.getOrNull(section) instanceof MapNode m ? m : MapNode.empty(from.position());
        for (String name : from.keys()) {
            Node incoming = from.getOrNull(name);
            Node existing = to.getOrNull(name);
            if (existing == null && !to.has(name)) {
                to = to.with(name, incoming);
                continue;
            }
            if (!same(section, name, existing, incoming, directory)) {
                Position at = existing != null && existing.position().isKnown() ? existing.position()
                        : to.keyPosition(name);
                throw new ComposeFileException(at, TreePath.ROOT,
                        section + "." + name + " conflicts with imported resource");
            }
        }
        return target.with(section, to);
    }

    /** Equal definitions, comparing the local one with its relative paths resolved like the imported one's. */
    private static boolean same(String section, String name, Node local, Node imported, Path directory) {
        if (local == null) {
            return imported == null || TreeJson.toJson(imported).isNull();
        }
        Node wrapped = MapNode.empty(Position.NONE).with(section, MapNode.empty(Position.NONE).with(name, local));
        Node resolved = ((MapNode) ((MapNode) PathResolver.resolve(wrapped, directory)).getOrNull(section))
                .getOrNull(name);
        return TreeJson.toJson(resolved).equals(TreeJson.toJson(imported));
    }
}
