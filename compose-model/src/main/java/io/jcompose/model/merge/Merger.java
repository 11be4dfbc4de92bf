package io.jcompose.model.merge;

import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.Position;
import io.jcompose.model.tree.TreePath;

/**
 * Merges Compose documents by the compose-spec rules (as docker compose does for {@code -f a -f b} and for
 * {@code extends}), so that every caller shares one definition of "override".
 *
 * <p>{@code !reset} and {@code !override} survive a merge as markers, so that merging is associative across three
 * or more files; {@link #finish} removes them once the last file is in. Which rules are associative is listed in
 * {@link MergeRules}.
 */
public final class Merger {

    private Merger() {
    }

    /** {@code override} merged over {@code base}, honouring {@code !reset} and {@code !override}. */
    public static Node merge(Node base, Node override) {
        return mergeAt(TreePath.ROOT, base, override);
    }

    /**
     * {@code override} merged over {@code base}, both found at {@code path} of a document (for instance
     * {@code services.web} when {@code extends} merges one service over another).
     */
    public static Node mergeAt(TreePath path, Node base, Node override) {
        return TreeMerger.merge(path, base, override);
    }

    /** The tree with remaining {@code !reset} values removed and every tag cleared, after the last merge. */
    public static Node finish(Node model) {
        if (model == null) {
            return MapNode.empty(Position.NONE);
        }
        Node finished = Finisher.finish(model);
        return finished != null ? finished : MapNode.empty(model.position());
    }
}
