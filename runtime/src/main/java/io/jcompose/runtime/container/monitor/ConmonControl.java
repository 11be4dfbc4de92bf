package io.jcompose.runtime.container.monitor;

import io.jcompose.runtime.sys.Fifos;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Messages to a running conmon through the {@code ctl} FIFO it makes in the bundle directory: lines of three
 * numbers, {@code <type> <a> <b>}; type 1 resizes the container's terminal to {@code a} rows by {@code b} columns
 * (conmon passes it on through its {@code winsz} FIFO to the terminal master), type 2 reopens the log.
 */
public final class ConmonControl {

    private static final String FIFO = "ctl";
    private static final int RESIZE = 1;

    private ConmonControl() {
    }

    /** The control line that resizes the terminal. */
    static String resizeMessage(int rows, int columns) {
        if (rows <= 0 || columns <= 0) {
            throw new IllegalArgumentException("terminal size " + rows + "x" + columns + " is not positive");
        }
        return RESIZE + " " + rows + " " + columns + "\n";
    }

    /**
     * Resizes the terminal of the container with this bundle to {@code rows} x {@code columns}; false when no conmon
     * reads its control FIFO (the container is not running).
     */
    public static boolean resize(Path bundle, int rows, int columns) throws IOException {
        byte[] message = resizeMessage(rows, columns).getBytes(StandardCharsets.US_ASCII);
        return Fifos.writeIfRead(bundle.resolve(FIFO), message);
    }
}
