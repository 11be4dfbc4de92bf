package io.jcompose.model.extend;

import io.jcompose.model.source.ConfigFile;
import io.jcompose.model.source.SourceLoader;
import io.jcompose.model.tree.Node;
import java.nio.file.Path;

/** PLACEHOLDER (owned by the extends work): resolves {@code services.*.extends} in one file's tree. */
public final class ExtendsResolver {

    private ExtendsResolver() {
    }

    /**
     * The tree with every service's {@code extends} applied and removed; services extended from another file have
     * their relative paths rebased onto {@code projectDirectory}'s frame as docker compose does.
     */
    public static Node resolve(Node model, ConfigFile file, Path projectDirectory, SourceLoader loader) {
        return model;
    }
}
