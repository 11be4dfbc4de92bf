package io.jcompose.model.paths;

import io.jcompose.model.tree.Node;
import java.nio.file.Path;

/** PLACEHOLDER (owned by the merge/extends work): makes every relative host path of a model absolute. */
public final class PathResolver {

    private PathResolver() {
    }

    /** The model with relative paths (build contexts, bind sources, env_file, secrets, configs) under baseDir. */
    public static Node resolve(Node model, Path baseDirectory) {
        return model;
    }
}
