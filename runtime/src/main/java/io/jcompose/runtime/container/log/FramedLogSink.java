package io.jcompose.runtime.container.log;

import io.jcompose.engine.api.stream.StreamFrames;
import io.jcompose.engine.api.stream.StreamType;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes log lines as docker's {@code GET /containers/{id}/logs} body: one multiplexed frame per line for a
 * container without a TTY, the raw bytes for one with a TTY, each optionally led by its timestamp.
 */
public final class FramedLogSink implements LogSink {

    private final OutputStream out;
    private final boolean tty;
    private final boolean timestamps;

    public FramedLogSink(OutputStream out, boolean tty, boolean timestamps) {
        this.out = out;
        this.tty = tty;
        this.timestamps = timestamps;
    }

    @Override
    public void write(LogRecord record) throws IOException {
        byte[] payload = record.payload(timestamps);
        if (tty) {
            out.write(payload);
        } else {
            StreamFrames.write(out, record.stream() == LogStream.STDERR ? StreamType.STDERR : StreamType.STDOUT,
                    payload);
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }
}
