package io.jcompose.runtime.container;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether a container's PID 1 can react to a signal, read from {@code /proc/PID/status}: the kernel never delivers
 * a signal with the default action to the init process of a PID namespace, so a PID 1 that neither catches nor
 * ignores SIGTERM cannot be stopped by it, and waiting out the grace period only wastes the user's time.
 */
public record SignalDisposition(BigInteger caught, boolean namespaceInit) {

    /** What {@code /proc/PID/status} says, or empty when the process is gone or the file unreadable. */
    public static Optional<SignalDisposition> of(long pid) {
        try {
            return Optional.of(parse(Files.readString(Path.of("/proc", Long.toString(pid), "status"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Parses the text of a {@code /proc/PID/status} file (the {@code SigCgt} and {@code NSpid} lines). */
    public static SignalDisposition parse(String status) {
        BigInteger caught = null;
        boolean init = false;
        for (String line : status.split("\n")) {
            if (line.startsWith("SigCgt:")) {
                caught = new BigInteger(line.substring("SigCgt:".length()).strip(), 16);
            } else if (line.startsWith("NSpid:")) {
                String[] pids = line.substring("NSpid:".length()).strip().split("\\s+");
                init = pids.length > 1 && pids[pids.length - 1].equals("1");
            }
        }
        if (caught == null) {
            throw new IllegalArgumentException("no SigCgt line in the process status");
        }
        return new SignalDisposition(caught, init);
    }

    /**
     * True when sending {@code signal} can have no effect at all: the process is the init of its own PID namespace
     * and has no handler for it (SIGKILL and SIGSTOP always act).
     */
    public boolean ignores(Signal signal) {
        int n = signal.number();
        if (n == 9 || n == 19) {
            return false;
        }
        return namespaceInit && !caught.testBit(n - 1);
    }
}
