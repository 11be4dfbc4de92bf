package io.jcompose.model.extend;

import io.jcompose.model.source.ConfigFile;
import io.jcompose.model.source.SourceLoader;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.Position;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Resolves {@code services.*.extends} in one file's tree, so that later stages see every service whole.
 *
 * <p>The extending service is merged over its (recursively resolved) base by the same rules as {@code -f} files.
 * Like docker compose v2 (compose-go), and unlike the old v1 restriction the compose-spec text still mentions, a
 * base service may have {@code depends_on}, {@code links} or {@code volumes_from}: they are inherited and merged.
 */
public final class ExtendsResolver {

    private ExtendsResolver() {
    }

    /**
     * The tree with every service's {@code extends} applied and removed; services extended from another file have
     * their relative paths rebased onto {@code projectDirectory}'s frame as docker compose does.
     */
    public static Node resolve(Node model, ConfigFile file, Path projectDirectory, SourceLoader loader) {
        if (!(model instanceof MapNode root) || !(root.getOrNull("services") instanceof MapNode services)
                || services.entries().values().stream().noneMatch(s -> s instanceof MapNode m && m.has("extends"))) {
            return model;
        }
        Path directory = file.baseDirectory(projectDirectory);
        String id = file.path() != null ? file.path().toAbsolutePath().normalize().toString() : file.displayName();
        ExtendsSource main = new ExtendsSource(id, file.displayName(), directory, services);
        ServiceResolution resolution = new ServiceResolution(main, loader);
        Map<String, Node> resolved = new LinkedHashMap<>();
        for (String name : services.keys()) {
            resolved.put(name, resolution.resolve(main, name));
        }
        Map<String, Position> keys = new LinkedHashMap<>(services.keyPositions());
        return root.with("services", new MapNode(resolved, keys, services.position(), services.tag()));
    }
}
