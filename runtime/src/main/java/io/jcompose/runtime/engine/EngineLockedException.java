package io.jcompose.runtime.engine;

/** A second engine was started on a state directory another live engine owns. */
public final class EngineLockedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EngineLockedException(String message) {
        super(message);
    }
}
