package io.jcompose.model.error;

import io.jcompose.model.tree.Position;
import io.jcompose.model.tree.TreePath;

/**
 * A mistake in a Compose file, reported as {@code FILE:LINE:COL: path.to.field: what is wrong}.
 */
public final class ComposeFileException extends ComposeException {

    private final transient Position position;
    private final transient TreePath path;
    private final String problem;

    public ComposeFileException(Position position, TreePath path, String problem) {
        super(format(position, path, problem));
        this.position = position;
        this.path = path;
        this.problem = problem;
    }

    public ComposeFileException(Position position, TreePath path, String problem, Throwable cause) {
        super(format(position, path, problem), cause);
        this.position = position;
        this.path = path;
        this.problem = problem;
    }

    private static String format(Position position, TreePath path, String problem) {
        StringBuilder b = new StringBuilder();
        if (position != null && !position.file().isEmpty()) {
            b.append(position).append(": ");
        }
        if (path != null && !path.isRoot()) {
            b.append(path).append(": ");
        }
        return b.append(problem).toString();
    }

    public Position position() {
        return position;
    }

    public TreePath path() {
        return path;
    }

    /** The message without position and path. */
    public String problem() {
        return problem;
    }

    @Override
    public int exitCode() {
        return ExitCodes.INVALID_COMPOSE_FILE;
    }
}
