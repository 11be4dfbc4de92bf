package io.jcompose.cli.engine;

import io.jcompose.model.error.ComposeException;

/** The engine could not be reached, started or stopped; the message says which socket or process and why. */
public final class EngineException extends ComposeException {

    private static final long serialVersionUID = 1L;

    public EngineException(String message) {
        super(message);
    }
}
