package io.jcompose.cli.build;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where a build's files come from, as compose's {@code build:} and {@code docker build} name them: the context
 * directory, the Dockerfile ({@code dockerfile} relative to the context or absolute; or {@code dockerfileInline},
 * its text) and the named contexts (local directories) by name.
 */
public record BuildSource(Path context, String dockerfile, String dockerfileInline, Map<String, Path> namedContexts) {

    public BuildSource {
        dockerfile = dockerfile == null || dockerfile.isEmpty() ? "Dockerfile" : dockerfile;
        namedContexts = Map.copyOf(namedContexts);
    }

    public static BuildSource of(Path context, String dockerfile) {
        return new BuildSource(context, dockerfile, null, Map.of());
    }
}
