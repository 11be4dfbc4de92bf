package io.jcompose.engine.api.transport;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;

/**
 * Connects to the engine's UNIX socket. A listening socket whose backlog is full refuses a connection with EAGAIN
 * ("Resource temporarily unavailable") instead of queueing it, which happens when a client opens many
 * connections at once (an {@code up} of a hundred services); such a connect is retried for a while.
 */
final class UnixConnect {

    private static final long GIVE_UP_NANOS = 5_000_000_000L;

    private UnixConnect() {
    }

    static SocketChannel open(Path socket) throws IOException {
        long deadline = System.nanoTime() + GIVE_UP_NANOS;
        long pause = 1;
        while (true) {
            SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                channel.connect(UnixDomainSocketAddress.of(socket));
                return channel;
            } catch (IOException e) {
                channel.close();
                if (!busy(e) || System.nanoTime() > deadline) {
                    throw e;
                }
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while connecting to " + socket);
            }
            pause = Math.min(pause * 2, 50);
        }
    }

    private static boolean busy(IOException e) {
        String message = e.getMessage();
        return message != null && message.contains("Resource temporarily unavailable");
    }
}
