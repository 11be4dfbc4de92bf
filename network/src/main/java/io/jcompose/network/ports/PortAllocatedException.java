package io.jcompose.network.ports;

/** A host port the user asked for cannot be had; the message is docker's, so that scripts matching it still do. */
public final class PortAllocatedException extends RuntimeException {

    public PortAllocatedException(String message) {
        super(message);
    }
}
