package io.jcompose.runtime.sys;

import static io.jcompose.runtime.sys.SocketCalls.Holder.C;

import com.sun.jna.LastErrorException;
import com.sun.jna.NativeLong;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * A client of a UNIX {@code SOCK_SEQPACKET} socket (conmon's attach socket is one), which the JDK cannot open: each
 * send is one message, each receive one message. Sends and receives wait in native code polling now and then, so
 * call them from platform threads; a {@link #close()} from another thread ends them, and the descriptor is closed by
 * whichever comes last.
 */
public final class SeqPacketSocket implements Closeable {

    private static final int POLL_MILLIS = 200;

    private final int fd;
    private final String name;
    private int users;
    private boolean closed;
    private boolean released;

    private SeqPacketSocket(int fd, String name) {
        this.fd = fd;
        this.name = name;
    }

    /**
     * Connects to the socket {@code name} in {@code dir} through {@code /proc/self/fd/N/name}, so that a directory
     * path longer than {@code sun_path} (108 bytes) works; empty when nothing listens there (no such socket or
     * directory, or connection refused).
     */
    public static Optional<SeqPacketSocket> connect(Path dir, String name) throws IOException {
        Path target = dir.resolve(name);
        int dirFd;
        try {
            dirFd = C.open(dir.toString(), SocketCalls.O_PATH | SocketCalls.O_DIRECTORY | SocketCalls.O_CLOEXEC);
        } catch (LastErrorException e) {
            if (e.getErrorCode() == SocketCalls.ENOENT) {
                return Optional.empty();
            }
            throw failure("cannot open the directory of", target, e);
        }
        int fd = -1;
        try {
            fd = C.socket(SocketCalls.AF_UNIX, SocketCalls.SOCK_SEQPACKET | SocketCalls.SOCK_CLOEXEC, 0);
            byte[] address = address("/proc/self/fd/" + dirFd + "/" + name);
            C.connect(fd, address, address.length);
            SeqPacketSocket socket = new SeqPacketSocket(fd, target.toString());
            fd = -1;
            return Optional.of(socket);
        } catch (LastErrorException e) {
            if (e.getErrorCode() == SocketCalls.ENOENT || e.getErrorCode() == SocketCalls.ECONNREFUSED) {
                return Optional.empty();
            }
            throw failure("cannot connect to", target, e);
        } finally {
            if (fd >= 0) {
                C.close(fd);
            }
            C.close(dirFd);
        }
    }

    /** A connected pair, for tests. */
    static SeqPacketSocket[] pair() throws IOException {
        int[] fds = new int[2];
        try {
            C.socketpair(SocketCalls.AF_UNIX, SocketCalls.SOCK_SEQPACKET | SocketCalls.SOCK_CLOEXEC, 0, fds);
        } catch (LastErrorException e) {
            throw new IOException("socketpair failed: " + C.strerror(e.getErrorCode()), e);
        }
        return new SeqPacketSocket[] {new SeqPacketSocket(fds[0], "pair[0]"), new SeqPacketSocket(fds[1], "pair[1]")};
    }

    /** Sends {@code length} bytes as one message, waiting while the peer's buffer is full. */
    public void send(byte[] bytes, int offset, int length) throws IOException {
        byte[] message = offset == 0 && length == bytes.length ? bytes : Arrays.copyOfRange(bytes, offset,
                offset + length);
        acquire();
        try {
            while (true) {
                if (isClosed()) {
                    throw new IOException("socket \"" + name + "\" is closed");
                }
                if (!Polls.ready(fd, SocketCalls.POLLOUT, POLL_MILLIS)) {
                    continue;
                }
                try {
                    C.send(fd, message, new NativeLong(message.length),
                            SocketCalls.MSG_NOSIGNAL | SocketCalls.MSG_DONTWAIT);
                    return;
                } catch (LastErrorException e) {
                    if (e.getErrorCode() != SocketCalls.EAGAIN && e.getErrorCode() != SocketCalls.EINTR) {
                        throw failure("sending to", Path.of(name), e);
                    }
                }
            }
        } finally {
            release();
        }
    }

    /** Receives one message into {@code buffer} (cut to its size); -1 at the end of the stream or once closed. */
    public int receive(byte[] buffer) throws IOException {
        acquire();
        try {
            while (!isClosed()) {
                if (!Polls.ready(fd, SocketCalls.POLLIN, POLL_MILLIS)) {
                    continue;
                }
                try {
                    int n = C.recv(fd, buffer, new NativeLong(buffer.length), SocketCalls.MSG_DONTWAIT).intValue();
                    return n == 0 ? -1 : n;
                } catch (LastErrorException e) {
                    if (e.getErrorCode() != SocketCalls.EAGAIN && e.getErrorCode() != SocketCalls.EINTR) {
                        throw failure("receiving from", Path.of(name), e);
                    }
                }
            }
            return -1;
        } finally {
            release();
        }
    }

    /** Tells the peer this side reads no more: its sends fail (EPIPE) instead of filling a buffer nobody reads. */
    public void shutdownInput() throws IOException {
        shutdown(SocketCalls.SHUT_RD);
    }

    /** Tells the peer this side sends no more: its receives see the end of the stream. */
    public void shutdownOutput() throws IOException {
        shutdown(SocketCalls.SHUT_WR);
    }

    private void shutdown(int how) throws IOException {
        acquire();
        try {
            if (!isClosed()) {
                C.shutdown(fd, how);
            }
        } catch (LastErrorException e) {
            throw failure("shutdown of", Path.of(name), e);
        } finally {
            release();
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        releaseIfUnused();
    }

    @Override
    public String toString() {
        return "SeqPacketSocket[" + name + "]";
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    private synchronized void acquire() throws IOException {
        if (closed) {
            throw new IOException("socket \"" + name + "\" is closed");
        }
        users++;
    }

    private synchronized void release() {
        users--;
        releaseIfUnused();
    }

    private void releaseIfUnused() {
        if (closed && users == 0 && !released) {
            released = true;
            C.close(fd);
        }
    }

    private static byte[] address(String path) throws IOException {
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        if (bytes.length >= SocketCalls.SOCKADDR_UN - 2) {
            throw new IOException("socket path \"" + path + "\" is longer than sun_path");
        }
        byte[] address = new byte[SocketCalls.SOCKADDR_UN];
        address[0] = (byte) SocketCalls.AF_UNIX; // sa_family_t, little endian
        System.arraycopy(bytes, 0, address, 2, bytes.length);
        return address;
    }

    private static IOException failure(String what, Path target, LastErrorException e) {
        return new IOException(what + " \"" + target + "\" failed: " + C.strerror(e.getErrorCode()), e);
    }
}
