package io.jcompose.model.merge;

import io.jcompose.model.tree.Node;

/** PLACEHOLDER (owned by the merge work): merges one whole Compose document over another by the compose rules. */
public final class Merger {

    private Merger() {
    }

    /** {@code override} merged over {@code base}, honouring {@code !reset} and {@code !override}. */
    public static Node merge(Node base, Node override) {
        return override;
    }

    /** The tree with remaining {@code !reset} values removed and every tag cleared, after the last merge. */
    public static Node finish(Node model) {
        return model;
    }
}
