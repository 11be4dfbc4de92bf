package io.jcompose.model.env;

import io.jcompose.model.error.ComposeException;

/** A mistake in an env file, reported as {@code FILE:LINE: problem}. */
public final class EnvFileException extends ComposeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String problem;

    public EnvFileException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
