package io.jcompose.volumes;

/** A volume operation refused or failed with docker's message; the kind decides the API's status code. */
public final class VolumeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why: 404 no such volume, 409 in use or name taken by another driver, 400 invalid, 500 failed. */
    public enum Kind { NOT_FOUND, CONFLICT, INVALID, FAILED }

    private final Kind kind;

    public VolumeException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public VolumeException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** Docker's answer to a lookup of a volume that does not exist: {@code get NAME: no such volume}. */
    public static VolumeException notFound(String name) {
        return new VolumeException(Kind.NOT_FOUND, "get " + name + ": no such volume");
    }

    public static VolumeException invalid(String message) {
        return new VolumeException(Kind.INVALID, message);
    }
}
