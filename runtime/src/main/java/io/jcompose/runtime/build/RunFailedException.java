package io.jcompose.runtime.build;

/** A RUN step's command exited non-zero; the message is docker's, without a line prefix. */
public final class RunFailedException extends BuildException {

    private final int exitCode;

    public RunFailedException(String command, int exitCode) {
        super("The command '" + command + "' returned a non-zero code: " + exitCode);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
