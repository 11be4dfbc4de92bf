package io.jcompose.model.error;

/**
 * The root of errors a user can cause and fix (a bad file, a missing variable, an unknown service); the CLI prints
 * their message without a stack trace and exits with {@link #exitCode()}.
 */
public class ComposeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ComposeException(String message) {
        super(message);
    }

    public ComposeException(String message, Throwable cause) {
        super(message, cause);
    }

    public int exitCode() {
        return ExitCodes.FAILURE;
    }
}
