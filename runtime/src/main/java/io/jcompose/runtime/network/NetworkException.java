package io.jcompose.runtime.network;

/** A network operation refused or failed with docker's message; the kind decides the API's status code. */
public final class NetworkException extends RuntimeException {

    /** Why: 404 no such network, 409 conflict (name taken), 403 forbidden (in use, predefined), 400, 500. */
    public enum Kind { NOT_FOUND, CONFLICT, FORBIDDEN, INVALID, FAILED }

    private final Kind kind;

    public NetworkException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static NetworkException notFound(String idOrName) {
        return new NetworkException(Kind.NOT_FOUND, "network " + idOrName + " not found");
    }
}
