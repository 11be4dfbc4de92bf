package io.jcompose.model.discovery;

import io.jcompose.model.env.Environment;
import io.jcompose.model.error.ComposeException;
import io.jcompose.model.interpolation.Quote;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.ScalarNode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The project name as docker compose chooses it. Names given explicitly ({@code -p}, {@code COMPOSE_PROJECT_NAME})
 * must already be valid; the top-level {@code name} and the directory name are normalised silently, as compose-go
 * does.
 */
public final class ProjectNames {

    static final String COMPOSE_PROJECT_NAME = "COMPOSE_PROJECT_NAME";

    private ProjectNames() {
    }

    /** {@code -p} > {@code COMPOSE_PROJECT_NAME} > top-level {@code name} > the project directory's name. */
    public static String resolve(Optional<String> flag, Environment environment, Node model, Path projectDirectory) {
        Optional<String> explicit = flag.filter(s -> !s.isEmpty())
                .or(() -> environment.get(COMPOSE_PROJECT_NAME).filter(s -> !s.isEmpty()));
        if (explicit.isPresent()) {
            return requireValid(explicit.get());
        }
        if (model instanceof MapNode root && root.getOrNull("name") instanceof ScalarNode s && !s.isNull()) {
            String fromFile = normalize(s.asText());
            if (!fromFile.isEmpty()) {
                return fromFile;
            }
        }
        Path dirName = projectDirectory.toAbsolutePath().normalize().getFileName();
        String fromDirectory = normalize(dirName == null ? "" : dirName.toString());
        if (fromDirectory.isEmpty()) {
            throw new ComposeException("project name must not be empty");
        }
        return fromDirectory;
    }

    /** {@code name} itself when it is already a valid project name, else an error naming it. */
    public static String requireValid(String name) {
        if (!normalize(name).equals(name)) {
            throw new ComposeException("invalid project name " + Quote.of(name) + ": must consist only of lowercase"
                    + " alphanumeric characters, hyphens, and underscores as well as start with a letter or number");
        }
        return name;
    }

    /** Lower case; only a-z, 0-9, '-' and '_' kept; leading '-' and '_' dropped so it starts with a letter or digit. */
    public static String normalize(String name) {
        String kept = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "");
        int start = 0;
        while (start < kept.length() && (kept.charAt(start) == '_' || kept.charAt(start) == '-')) {
            start++;
        }
        return kept.substring(start);
    }
}
