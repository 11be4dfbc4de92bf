package io.jcompose.runtime.sys;

import static io.jcompose.runtime.sys.SocketCalls.Holder.C;

import com.sun.jna.LastErrorException;
import com.sun.jna.NativeLong;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Writes to a named pipe only while someone reads it (conmon's control FIFOs): the JDK opens a FIFO blocking, which
 * would hang forever once its reader is gone.
 */
public final class Fifos {

    private static final long DRAIN_POLL_MILLIS = 2;

    private Fifos() {
    }

    /**
     * Writes {@code message} (at most PIPE_BUF bytes, so in one piece) to {@code fifo}, then waits up to
     * {@code drain} for the reader to take it; false when the FIFO does not exist, has no reader, or is full.
     */
    public static boolean writeIfRead(Path fifo, byte[] message, Duration drain) throws IOException {
        int fd;
        try {
            fd = C.open(fifo.toString(), SocketCalls.O_WRONLY | SocketCalls.O_NONBLOCK | SocketCalls.O_CLOEXEC);
        } catch (LastErrorException e) {
            if (e.getErrorCode() == SocketCalls.ENOENT || e.getErrorCode() == SocketCalls.ENXIO) {
                return false;
            }
            throw new IOException("cannot open \"" + fifo + "\": " + C.strerror(e.getErrorCode()), e);
        }
        try {
            if (C.write(fd, message, new NativeLong(message.length)).intValue() != message.length) {
                return false;
            }
            awaitDrained(fd, drain);
            return true;
        } catch (LastErrorException e) {
            if (e.getErrorCode() == SocketCalls.EAGAIN) {
                return false;
            }
            throw new IOException("writing to \"" + fifo + "\" failed: " + C.strerror(e.getErrorCode()), e);
        } finally {
            C.close(fd);
        }
    }

    /** Waits while the pipe holds unread bytes (FIONREAD), up to {@code limit}. */
    private static void awaitDrained(int fd, Duration limit) throws IOException {
        long deadline = System.nanoTime() + limit.toNanos();
        int[] unread = new int[1];
        while (true) {
            C.ioctl(fd, new NativeLong(SocketCalls.FIONREAD), unread);
            if (unread[0] == 0 || System.nanoTime() >= deadline) {
                return;
            }
            try {
                Thread.sleep(DRAIN_POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while waiting for a reader of a FIFO");
            }
        }
    }
}
