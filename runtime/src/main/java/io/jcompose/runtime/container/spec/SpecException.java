package io.jcompose.runtime.container.spec;

/** A container that cannot be described to the runtime as asked; the message is Docker's and is shown as it is. */
public final class SpecException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SpecException(String message) {
        super(message);
    }
}
