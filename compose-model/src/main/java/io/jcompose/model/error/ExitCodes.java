package io.jcompose.model.error;

/** The process exit codes jcompose documents in its README. */
public final class ExitCodes {

    /** Success. */
    public static final int OK = 0;
    /** A command failed (an engine error, a file that cannot be read). */
    public static final int FAILURE = 1;
    /** The command line itself is wrong: an unknown flag or a missing argument. */
    public static final int USAGE = 2;
    /** A Compose file is malformed or invalid; the message names file, line, column and field. */
    public static final int INVALID_COMPOSE_FILE = 15;

    private ExitCodes() {
    }
}
