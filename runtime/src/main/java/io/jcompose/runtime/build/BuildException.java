package io.jcompose.runtime.build;

/** A build that cannot go on for a reason the user can fix; the message is what {@code docker build} shows. */
public class BuildException extends RuntimeException {

    public BuildException(String message) {
        super(message);
    }

    public BuildException(String message, Throwable cause) {
        super(message, cause);
    }
}
