package io.jcompose.model.interpolation;

import io.jcompose.model.tree.Node;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** PLACEHOLDER (owned by the interpolation work): replaces {@code ${VAR}} forms in every string of a tree. */
public final class Interpolator {

    private final Function<String, Optional<String>> lookup;
    private final Consumer<String> warnings;

    /** Warns once per unset variable across all trees this instance interpolates. */
    public Interpolator(Function<String, Optional<String>> lookup, Consumer<String> warnings) {
        this.lookup = lookup;
        this.warnings = warnings;
    }

    /** The tree with every string interpolated and known typed fields cast (ports, replicas, booleans). */
    public Node interpolate(Node tree) {
        return tree;
    }
}
