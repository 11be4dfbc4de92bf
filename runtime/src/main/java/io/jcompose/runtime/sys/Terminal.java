package io.jcompose.runtime.sys;

import java.io.Closeable;
import java.io.IOException;

/**
 * The engine's end of a container process's pseudo-terminal (the master side): bytes typed
 * by the user go in, the process's screen output comes out, and the window size follows the user's terminal.
 */
public interface Terminal extends Closeable {

    /** Reads output into {@code buffer}; -1 when the process side is closed (every holder of the tty exited). */
    int read(byte[] buffer) throws IOException;

    /** Writes input as if typed. */
    void write(byte[] bytes, int offset, int length) throws IOException;

    /** Sets the window size the process sees (and sends it SIGWINCH). */
    void resize(int rows, int columns) throws IOException;

    @Override
    void close();
}
