package io.jcompose.runtime.api;

/** A failure a route reports to the client with Docker's status code (404 no such container, 409 conflict...). */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
