package io.jcompose.runtime.build;

/** A Dockerfile that cannot be parsed or built, with the file and line it concerns: {@code Dockerfile:7: ...}. */
public final class DockerfileException extends BuildException {

    public DockerfileException(String file, int line, String message) {
        super(file + ":" + line + ": " + message);
    }
}
