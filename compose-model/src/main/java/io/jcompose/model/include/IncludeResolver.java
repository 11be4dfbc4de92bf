package io.jcompose.model.include;

import io.jcompose.model.source.ConfigFile;
import io.jcompose.model.source.SourceLoader;
import io.jcompose.model.tree.Node;
import java.nio.file.Path;

/** PLACEHOLDER (owned by the include work): loads top-level {@code include} entries into one file's tree. */
public final class IncludeResolver {

    private IncludeResolver() {
    }

    /** The tree with included models added and the {@code include} key removed; conflicts are errors. */
    public static Node resolve(Node model, ConfigFile file, Path projectDirectory, SourceLoader loader) {
        return model;
    }
}
