package io.jcompose.runtime.sys;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.NativeLong;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A pseudo-terminal pair made by the engine: the master stays with the engine (the user's side, relayed over the
 * API connection), the slave is opened by path as a child process's stdio. The JDK has no PTY support, so this is
 * libc through JNA.
 */
public record Pty(Terminal master, Path slave) {

    private static final int O_RDWR = 2;
    private static final int O_NOCTTY = 0x100;
    private static final int O_CLOEXEC = 0x80000;
    private static final int EINTR = 4;
    private static final short POLLIN = 1;

    /** The libc calls of this package's terminal code. */
    interface Calls extends Library {
        int posix_openpt(int flags) throws LastErrorException;

        int grantpt(int fd) throws LastErrorException;

        int unlockpt(int fd) throws LastErrorException;

        int ptsname_r(int fd, byte[] buffer, NativeLong length) throws LastErrorException;

        int poll(byte[] fds, NativeLong count, int timeoutMillis) throws LastErrorException;

        NativeLong read(int fd, byte[] buffer, NativeLong count) throws LastErrorException;

        NativeLong write(int fd, byte[] buffer, NativeLong count) throws LastErrorException;

        int ioctl(int fd, NativeLong request, short[] winsize) throws LastErrorException;

        int close(int fd) throws LastErrorException;

        int kill(int pid, int signal) throws LastErrorException;
    }

    static final class Holder {
        static final Calls C = com.sun.jna.Native.load("c", Calls.class);
    }

    /** A new pair; its slave is unlocked and ready to be opened. */
    public static Pty open() throws IOException {
        int fd;
        try {
            fd = Holder.C.posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
        } catch (LastErrorException e) {
            throw new IOException("cannot open a pseudo-terminal: errno " + e.getErrorCode());
        }
        try {
            Holder.C.grantpt(fd);
            Holder.C.unlockpt(fd);
            byte[] name = new byte[128];
            Holder.C.ptsname_r(fd, name, new NativeLong(name.length));
            int end = 0;
            while (end < name.length && name[end] != 0) {
                end++;
            }
            return new Pty(new PtyMaster(fd), Path.of(new String(name, 0, end, StandardCharsets.US_ASCII)));
        } catch (LastErrorException e) {
            Holder.C.close(fd);
            throw new IOException("cannot set up a pseudo-terminal: errno " + e.getErrorCode());
        }
    }

    /** Sends {@code signal} to process {@code pid} (one this engine started); false when it is gone. */
    public static boolean signal(long pid, int signal) {
        try {
            return Holder.C.kill((int) pid, signal) == 0;
        } catch (LastErrorException e) {
            return false;
        }
    }

    /** Waits up to {@code timeout} for {@code fd} to be readable (or hung up). */
    static boolean readable(int fd, Duration timeout) throws IOException {
        byte[] pollfd = new byte[8]; // int fd, short events, short revents (little endian)
        pollfd[0] = (byte) fd;
        pollfd[1] = (byte) (fd >>> 8);
        pollfd[2] = (byte) (fd >>> 16);
        pollfd[3] = (byte) (fd >>> 24);
        pollfd[4] = (byte) POLLIN;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            int left = (int) Math.max(0, Math.min(Integer.MAX_VALUE, (deadline - System.nanoTime()) / 1_000_000));
            try {
                return Holder.C.poll(pollfd, new NativeLong(1), left) > 0;
            } catch (LastErrorException e) {
                if (e.getErrorCode() != EINTR) {
                    throw new IOException("poll failed: errno " + e.getErrorCode());
                }
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException();
                }
            }
        }
    }
}
