package io.jcompose.model.discovery;

import io.jcompose.model.env.Environment;
import io.jcompose.model.tree.Node;
import java.nio.file.Path;
import java.util.Optional;

/** PLACEHOLDER (owned by the discovery work): the project name as docker compose chooses and normalises it. */
public final class ProjectNames {

    private ProjectNames() {
    }

    /** {@code -p} > {@code COMPOSE_PROJECT_NAME} > top-level {@code name} > the project directory's name. */
    public static String resolve(Optional<String> flag, Environment environment, Node model, Path projectDirectory) {
        return flag.orElseGet(() -> normalize(projectDirectory.getFileName().toString()));
    }

    /** Lower case; only a-z, 0-9, '-' and '_' kept; must start with a letter or digit. */
    public static String normalize(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_-]", "");
    }
}
