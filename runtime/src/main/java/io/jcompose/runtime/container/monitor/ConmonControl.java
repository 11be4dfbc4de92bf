package io.jcompose.runtime.container.monitor;

import io.jcompose.runtime.sys.Fifos;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Terminal sizes for a running conmon. conmon makes two FIFOs in the bundle directory: {@code ctl} takes lines
 * {@code <type> <rows> <columns>} (type 1 resize, 2 reopen the log) and passes a resize on as {@code <rows>
 * <columns>} to {@code winsz}, whose reader sets the size on the terminal master. conmon before 2.1.13 handles only
 * the first line of what one read returns (it re-parses the buffer's start), and docker's CLI sends two sizes at
 * once when it attaches; so sizes go straight to {@code winsz}, one at a time, each taken before the next is written.
 */
public final class ConmonControl {

    private static final String WINSZ = "winsz";
    /** conmon reads the FIFO on its next loop turn; a terminal without a reader (none yet) is not waited for long. */
    private static final Duration TAKEN = Duration.ofMillis(250);
    private static final Object ONE_AT_A_TIME = new Object();

    private ConmonControl() {
    }

    /** The {@code winsz} line that resizes the terminal. */
    static String resizeMessage(int rows, int columns) {
        if (rows <= 0 || columns <= 0) {
            throw new IllegalArgumentException("terminal size " + rows + "x" + columns + " is not positive");
        }
        return rows + " " + columns + "\n";
    }

    /**
     * Resizes the terminal of the container with this bundle to {@code rows} x {@code columns}; false when no conmon
     * holds its FIFO (the container is not running).
     */
    public static boolean resize(Path bundle, int rows, int columns) throws IOException {
        byte[] message = resizeMessage(rows, columns).getBytes(StandardCharsets.US_ASCII);
        synchronized (ONE_AT_A_TIME) {
            return Fifos.writeIfRead(bundle.resolve(WINSZ), message, TAKEN);
        }
    }
}
