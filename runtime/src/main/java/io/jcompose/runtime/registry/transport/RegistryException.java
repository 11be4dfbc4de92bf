package io.jcompose.runtime.registry.transport;

import java.io.IOException;

/**
 * A registry operation failed in a way a user can act on (unknown manifest, refused credentials, corrupt content,
 * unreachable host); the message is complete and printable as is.
 */
public final class RegistryException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    /**
     * @param status the HTTP status, or 0 when no response was involved
     * @param code the registry's error code ({@code MANIFEST_UNKNOWN}), or null
     */
    public RegistryException(String message, int status, String code, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.code = code;
    }

    public RegistryException(String message) {
        this(message, 0, null, null);
    }

    /** The same failure with {@code prefix + ": "} in front of the message, e.g. the image it concerns. */
    public RegistryException prefixed(String prefix) {
        return new RegistryException(prefix + ": " + getMessage(), status, code, this);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
