package io.jcompose.model.source;

import io.jcompose.model.tree.Node;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads other Compose files on behalf of the {@code extends} and {@code include} stages, so that those stages do
 * not depend on the whole pipeline.
 */
public interface SourceLoader {

    /**
     * The tree of one file named by {@code extends.file}: parsed, interpolated with the current project's
     * variables, with its own {@code extends} not yet resolved, and its relative paths not yet resolved.
     */
    Node loadForExtends(Path file);

    /**
     * The merged model of an {@code include} entry: the files loaded as their own project with
     * {@code projectDirectory} and {@code envFiles}, with includes and extends resolved and relative paths made
     * absolute against {@code projectDirectory}.
     */
    Node loadForInclude(List<Path> files, Path projectDirectory, List<Path> envFiles);
}
