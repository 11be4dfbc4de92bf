package io.jcompose.runtime.sys;

import static io.jcompose.runtime.sys.SocketCalls.Holder.C;

import com.sun.jna.LastErrorException;
import com.sun.jna.NativeLong;
import java.io.IOException;

/** {@code poll(2)} on one descriptor, for the socket code that waits in native calls but must notice a close. */
final class Polls {

    private Polls() {
    }

    /**
     * Whether {@code fd} is ready for {@code events} (or hung up, or in error: the next call reports it) within
     * {@code millis}; an interrupted poll counts as not ready.
     */
    static boolean ready(int fd, short events, int millis) throws IOException {
        byte[] pollfd = new byte[8]; // int fd, short events, short revents (little endian)
        pollfd[0] = (byte) fd;
        pollfd[1] = (byte) (fd >>> 8);
        pollfd[2] = (byte) (fd >>> 16);
        pollfd[3] = (byte) (fd >>> 24);
        pollfd[4] = (byte) events;
        pollfd[5] = (byte) (events >>> 8);
        try {
            return C.poll(pollfd, new NativeLong(1), millis) > 0;
        } catch (LastErrorException e) {
            if (e.getErrorCode() == SocketCalls.EINTR) {
                return false;
            }
            throw new IOException("poll failed: " + C.strerror(e.getErrorCode()), e);
        }
    }
}
