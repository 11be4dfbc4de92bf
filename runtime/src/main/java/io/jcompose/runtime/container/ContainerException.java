package io.jcompose.runtime.container;

/**
 * A container operation refused or failed, with docker's message; the kind decides the API's status code
 * (404, 409, 400, 500), so clients print what docker's users are used to.
 */
public final class ContainerException extends RuntimeException {

    /** Why the operation did not happen. */
    public enum Kind { NOT_FOUND, CONFLICT, INVALID, FAILED }

    private final Kind kind;

    public ContainerException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public ContainerException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static ContainerException notFound(String idOrName) {
        return new ContainerException(Kind.NOT_FOUND, "No such container: " + idOrName);
    }
}
