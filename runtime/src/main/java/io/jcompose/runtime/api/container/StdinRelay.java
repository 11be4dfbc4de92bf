package io.jcompose.runtime.api.container;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Carries an attach client's stdin to a container's process. Docker's CLI attaches before it starts the container,
 * so what the client types before the process's monitor listens is held and delivered once it does; the client
 * detaches with its key sequence (terminals only, as in docker).
 */
final class StdinRelay {

    /** How the client's stdin ended. */
    enum Outcome {
        /** The client closed its stdin (or went away); the container's stdin was closed if asked. */
        ENDED,
        /** The client typed the detach sequence. */
        DETACHED,
        /** The container's stdin could not be reached (it exited, or the attach was stopped). */
        GONE
    }

    /** The container's stdin as the monitor offers it. */
    interface Target {
        /** A connection to the container's stdin; empty while its monitor does not listen yet. */
        Optional<Sink> open() throws IOException;
    }

    /** One connection to a container's stdin; closing it closes the container's stdin if the monitor was told so. */
    interface Sink extends Closeable {
        void write(byte[] bytes, int offset, int length) throws IOException;

        @Override
        void close();
    }

    private final InputStream fromClient;
    private final Target target;
    private final BooleanSupplier gone;
    private final DetachKeys detach;
    private final boolean connectAtEnd;
    private final Duration retry;
    private volatile boolean stopped;
    private Sink sink;

    /**
     * @param gone         true once waiting for the container's stdin is pointless (the container exited)
     * @param detachKeys   the detach sequence, empty for none
     * @param connectAtEnd whether the end of the client's stdin must reach the container (docker's StdinOnce: the
     *                     monitor closes its stdin when our connection closes), even when nothing was typed
     * @param retry        how often to look for the monitor while it does not listen yet
     */
    StdinRelay(InputStream fromClient, Target target, BooleanSupplier gone, byte[] detachKeys, boolean connectAtEnd,
            Duration retry) {
        this.fromClient = fromClient;
        this.target = target;
        this.gone = gone;
        this.detach = new DetachKeys(detachKeys);
        this.connectAtEnd = connectAtEnd;
        this.retry = retry;
    }

    /** Relays until the client's stdin ends, it detaches, or the container's stdin is out of reach. */
    Outcome run() {
        byte[] buffer = new byte[8192];
        ByteArrayOutputStream typed = new ByteArrayOutputStream();
        try {
            while (true) {
                int n;
                try {
                    n = fromClient.read(buffer);
                } catch (IOException e) {
                    n = -1; // the client went away: its stdin ended
                }
                if (n < 0) {
                    if (connectAtEnd && !connected()) {
                        return Outcome.GONE;
                    }
                    return Outcome.ENDED;
                }
                typed.reset();
                boolean detached = detach.feed(buffer, 0, n, typed);
                if (typed.size() > 0) {
                    if (!connected()) {
                        return Outcome.GONE;
                    }
                    sink.write(typed.toByteArray(), 0, typed.size());
                }
                if (detached) {
                    return Outcome.DETACHED;
                }
            }
        } catch (IOException e) {
            return Outcome.GONE;
        } finally {
            close();
        }
    }

    /** Ends a relay that still waits for the container (its attach is over); its connection closes. */
    void stop() {
        stopped = true;
    }

    /** Connects, waiting while the monitor does not listen yet; false when the container is gone first. */
    private boolean connected() throws IOException {
        while (sink == null) {
            if (stopped || gone.getAsBoolean()) {
                return false;
            }
            Optional<Sink> opened = target.open();
            if (opened.isPresent()) {
                sink = opened.get();
            } else {
                try {
                    Thread.sleep(retry);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }

    private void close() {
        if (sink != null) {
            sink.close();
            sink = null;
        }
    }
}
