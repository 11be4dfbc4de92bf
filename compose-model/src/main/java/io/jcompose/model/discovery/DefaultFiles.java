package io.jcompose.model.discovery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The Compose files docker compose finds by itself: the first directory, from the start directory upward, holding
 * one of the default names; that file plus the first override file beside it.
 */
final class DefaultFiles {

    static final List<String> NAMES = List.of("compose.yaml", "compose.yml", "docker-compose.yml",
            "docker-compose.yaml");
    static final List<String> OVERRIDE_NAMES = List.of("compose.override.yml", "compose.override.yaml",
            "docker-compose.override.yml", "docker-compose.override.yaml");

    private DefaultFiles() {
    }

    /** The directory where a default file is found, searching {@code start} and then its parents. */
    static Optional<Path> directory(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (!existing(dir, NAMES).isEmpty()) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    /** The files to load (main, then override if any); empty when none is found. */
    static List<Path> find(Path start, Consumer<String> warnings) {
        Optional<Path> dir = directory(start);
        if (dir.isEmpty()) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        files.add(pick(existing(dir.get(), NAMES), "config", warnings));
        List<Path> overrides = existing(dir.get(), OVERRIDE_NAMES);
        if (!overrides.isEmpty()) {
            files.add(pick(overrides, "override", warnings));
        }
        return files;
    }

    private static Path pick(List<Path> candidates, String kind, Consumer<String> warnings) {
        Path winner = candidates.getFirst();
        if (candidates.size() > 1) {
            warnings.accept("Found multiple " + kind + " files with supported names: "
                    + String.join(", ", candidates.stream().map(Path::toString).toList()) + "; Using " + winner);
        }
        return winner;
    }

    private static List<Path> existing(Path dir, List<String> names) {
        List<Path> found = new ArrayList<>();
        for (String name : names) {
            Path p = dir.resolve(name);
            if (Files.isRegularFile(p)) {
                found.add(p);
            }
        }
        return found;
    }
}
