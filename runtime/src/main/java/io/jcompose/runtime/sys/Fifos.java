package io.jcompose.runtime.sys;

import static io.jcompose.runtime.sys.SocketCalls.Holder.C;

import com.sun.jna.LastErrorException;
import com.sun.jna.NativeLong;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes to a named pipe only while someone reads it (conmon's control FIFO): the JDK opens a FIFO blocking, which
 * would hang forever once its reader is gone.
 */
public final class Fifos {

    private Fifos() {
    }

    /**
     * Writes {@code message} (at most PIPE_BUF bytes, so in one piece) to {@code fifo}; false when the FIFO does not
     * exist, has no reader, or is full.
     */
    public static boolean writeIfRead(Path fifo, byte[] message) throws IOException {
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
            return C.write(fd, message, new NativeLong(message.length)).intValue() == message.length;
        } catch (LastErrorException e) {
            if (e.getErrorCode() == SocketCalls.EAGAIN) {
                return false;
            }
            throw new IOException("writing to \"" + fifo + "\" failed: " + C.strerror(e.getErrorCode()), e);
        } finally {
            C.close(fd);
        }
    }
}
