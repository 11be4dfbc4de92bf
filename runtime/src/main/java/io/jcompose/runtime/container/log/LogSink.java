package io.jcompose.runtime.container.log;

import java.io.IOException;

/**
 * Where a log reader hands each line, so that the API route can frame it for the wire and tests can collect it; an
 * IOException (the client went away) ends the read.
 */
public interface LogSink {

    void write(LogRecord record) throws IOException;

    /** Called when the reader has caught up with the file and is about to wait, and at the end. */
    default void flush() throws IOException {
    }
}
