package io.jcompose.network.ipam;

/**
 * A subnet or address request that cannot be met; the reason lets the engine answer with Docker's status codes
 * (400 for an invalid request, 403 for a conflict, 503 when a pool is exhausted).
 */
public final class IpamException extends RuntimeException {

    /** Why the request failed. */
    public enum Reason { INVALID, CONFLICT, EXHAUSTED }

    private final Reason reason;

    public IpamException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
