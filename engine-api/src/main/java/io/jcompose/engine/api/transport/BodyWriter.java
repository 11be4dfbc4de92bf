package io.jcompose.engine.api.transport;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A request body produced while it is sent (a build context packed into a tar as the engine reads it), so that
 * nothing the size of the body is held in memory.
 */
@FunctionalInterface
public interface BodyWriter {

    /** Writes the whole body; the stream is not to be closed. */
    void writeTo(OutputStream out) throws IOException;
}
