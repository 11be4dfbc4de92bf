package io.jcompose.runtime.container.monitor;

import io.jcompose.runtime.sys.SeqPacketSocket;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A writer to a container's stdin through its conmon's attach socket. conmon listens (SOCK_SEQPACKET) on
 * {@code attach} in the bundle directory (also reachable as {@code <socket-dir>/<uuid>/attach}, a symlink to the
 * bundle); each message a client sends goes to the process's stdin (the terminal with {@code -t}), and conmon sends
 * every client the process's output, one message per read, led by a byte naming the stream. The engine takes output
 * from the log instead, so it shuts its reading side: conmon, which ignores SIGPIPE, then stops sending to it.
 * Closing the connection closes the process's stdin, unless conmon runs with {@code --leave-stdin-open}.
 */
public final class ConmonAttach implements Closeable {

    /** conmon reads a message into a 32 KiB buffer (one read per message: a longer one would be cut). */
    static final int MAX_MESSAGE = 8192;
    private static final String SOCKET = "attach";

    private final SeqPacketSocket socket;

    private ConmonAttach(SeqPacketSocket socket) {
        this.socket = socket;
    }

    /** Connects to the conmon of the container with this bundle; empty while none listens (not started, or gone). */
    public static Optional<ConmonAttach> connect(Path bundle) throws IOException {
        Optional<SeqPacketSocket> socket = SeqPacketSocket.connect(bundle, SOCKET);
        if (socket.isEmpty()) {
            return Optional.empty();
        }
        try {
            socket.get().shutdownInput();
        } catch (IOException e) {
            socket.get().close();
            throw e;
        }
        return Optional.of(new ConmonAttach(socket.get()));
    }

    /** Sends bytes to the process's stdin, in messages conmon reads whole. */
    public void write(byte[] bytes, int offset, int length) throws IOException {
        for (int done = 0; done < length; ) {
            int n = Math.min(MAX_MESSAGE, length - done);
            socket.send(bytes, offset + done, n);
            done += n;
        }
    }

    /** Ends this client; conmon then closes the process's stdin unless told to leave it open. */
    @Override
    public void close() {
        socket.close();
    }
}
