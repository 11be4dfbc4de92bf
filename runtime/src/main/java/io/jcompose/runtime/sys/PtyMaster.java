package io.jcompose.runtime.sys;

import com.sun.jna.LastErrorException;
import com.sun.jna.NativeLong;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A terminal master file descriptor of a {@link Pty}. Reads wait in native code (call them from a platform
 * thread), polling so that a {@link #close()} from another thread ends them; the descriptor is closed by whichever
 * of the two comes last. Reading gives -1 once the process side is gone (Linux reports EIO then).
 */
final class PtyMaster implements Terminal {

    private static final int EIO = 5;
    private static final int EINTR = 4;
    private static final long TIOCSWINSZ = 0x5414;

    private final int fd;
    private static final java.time.Duration POLL = java.time.Duration.ofMillis(200);

    private final AtomicBoolean closed = new AtomicBoolean();
    private boolean reading;
    private boolean released;

    PtyMaster(int fd) {
        this.fd = fd;
    }

    @Override
    public int read(byte[] buffer) throws IOException {
        synchronized (this) {
            if (closed.get()) {
                return -1;
            }
            reading = true;
        }
        try {
            while (!closed.get()) {
                if (!Pty.readable(fd, POLL)) {
                    continue; // look at the closed flag now and then: close() never pulls the fd from under us
                }
                try {
                    int n = Pty.Holder.C.read(fd, buffer, new NativeLong(buffer.length)).intValue();
                    return n == 0 ? -1 : n;
                } catch (LastErrorException e) {
                    if (e.getErrorCode() == EIO) {
                        return -1;
                    }
                    if (e.getErrorCode() != EINTR) {
                        throw new IOException("terminal read failed: errno " + e.getErrorCode());
                    }
                }
            }
            return -1;
        } finally {
            synchronized (this) {
                reading = false;
                if (closed.get() && !released) {
                    released = true;
                    Pty.Holder.C.close(fd);
                }
            }
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        byte[] chunk = offset == 0 && length == bytes.length ? bytes : java.util.Arrays.copyOfRange(bytes, offset,
                offset + length);
        int done = 0;
        while (done < chunk.length) {
            if (closed.get()) {
                throw new IOException("terminal closed");
            }
            byte[] rest = done == 0 ? chunk : java.util.Arrays.copyOfRange(chunk, done, chunk.length);
            try {
                done += Pty.Holder.C.write(fd, rest, new NativeLong(rest.length)).intValue();
            } catch (LastErrorException e) {
                if (e.getErrorCode() != EINTR) {
                    throw new IOException("terminal write failed: errno " + e.getErrorCode());
                }
            }
        }
    }

    @Override
    public void resize(int rows, int columns) throws IOException {
        if (rows <= 0 || columns <= 0 || closed.get()) {
            return;
        }
        try {
            Pty.Holder.C.ioctl(fd, new NativeLong(TIOCSWINSZ),
                    new short[] {(short) rows, (short) columns, 0, 0});
        } catch (LastErrorException e) {
            throw new IOException("terminal resize failed: errno " + e.getErrorCode());
        }
    }

    @Override
    public synchronized void close() {
        closed.set(true);
        if (!reading && !released) {
            released = true;
            Pty.Holder.C.close(fd);
        }
    }
}
