package io.jcompose.engine.api.client;

import io.jcompose.engine.api.stream.Demultiplexer;
import io.jcompose.engine.api.stream.StreamFrames;
import io.jcompose.engine.api.transport.StreamingResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A connection the engine took over for attach or exec start, returned as soon as it answered: a client can then
 * start the container (docker's run attaches first, so no output is lost) and {@link #copy} the streams.
 */
public final class HijackedStream implements AutoCloseable {

    private final StreamingResponse response;
    private final boolean raw;

    /**
     * @param tty whether the container or exec has a TTY, which decides the framing as it does for docker's CLI:
     *            engines before API 1.42 (dockerd 20.10) call every hijacked stream raw, multiplexed ones too
     */
    HijackedStream(StreamingResponse response, boolean tty) {
        this.response = response;
        String type = response.header("Content-Type").orElse("");
        this.raw = tty && !type.startsWith(StreamFrames.MULTIPLEXED_CONTENT_TYPE);
    }

    /** Whether the engine upgraded the connection (101) rather than answering a plain streamed body. */
    public boolean upgraded() {
        return response.upgraded();
    }

    /** Whether the output is one raw stream (a TTY) rather than docker's multiplexed frames. */
    public boolean raw() {
        return raw;
    }

    /**
     * Sends {@code stdin} to the engine on a virtual thread and half-closes the connection when it ends (at once
     * when null, as docker's CLI does), while the output is copied to {@code stdout} and {@code stderr} (raw
     * output all to {@code stdout}), each chunk flushed; returns when the engine ends the output.
     */
    public void copy(InputStream stdin, OutputStream stdout, OutputStream stderr) throws IOException {
        Thread input = null;
        if (stdin == null) {
            closeWriteQuietly();
        } else if (response.upgraded()) {
            input = Thread.ofPlatform().daemon().name("stdin to engine").start(() -> forward(stdin));
        }
        try {
            InputStream body = response.body();
            if (raw) {
                byte[] buffer = new byte[8192];
                for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                    stdout.write(buffer, 0, n);
                    stdout.flush();
                }
            } else {
                new Demultiplexer(body).copyTo(stdout, stderr);
            }
        } finally {
            stdout.flush();
            stderr.flush();
            if (input != null) {
                input.interrupt(); // the stream is over: what the user still types goes nowhere
            }
        }
    }

    private void forward(InputStream stdin) {
        try {
            OutputStream toEngine = response.output();
            byte[] buffer = new byte[8192];
            for (int n = stdin.read(buffer); n >= 0; n = stdin.read(buffer)) {
                toEngine.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // the engine closed the connection; the output side reports what happened
        } finally {
            closeWriteQuietly();
        }
    }

    private void closeWriteQuietly() {
        try {
            response.closeWrite();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        response.close();
    }
}
