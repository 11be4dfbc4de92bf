package io.jcompose.model.normalize;

import io.jcompose.model.env.Environment;
import io.jcompose.model.tree.Node;
import java.nio.file.Path;

/** PLACEHOLDER (owned by the normalisation work): rewrites every short syntax into docker compose's long form. */
public final class Normalizer {

    private Normalizer() {
    }

    /**
     * The model exactly as {@code docker compose config} prints it: {@code name} set, long syntax everywhere,
     * implicit {@code default} network, defaults filled in.
     */
    public static Node normalize(Node model, String projectName, Path projectDirectory, Environment environment) {
        return model;
    }
}
