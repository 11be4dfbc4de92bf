package io.jcompose.cli.compose.logs;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * One stream of a container's log (asked for with timestamps) cut into whole lines: bytes are kept until their
 * newline, so that a line is never split between two containers' output; each line's leading timestamp is taken
 * off and handed over apart. {@link #close()} hands over a last line without a newline.
 */
final class LineSink extends OutputStream {

    /** Where whole lines go. */
    @FunctionalInterface
    interface Lines {
        void line(String timestamp, String text);
    }

    private final Lines lines;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private String lastTimestamp = "";

    LineSink(Lines lines) {
        this.lines = lines;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        int start = off;
        for (int i = off; i < off + len; i++) {
            if (b[i] == '\n') {
                pending.write(b, start, i - start);
                emit();
                start = i + 1;
            }
        }
        pending.write(b, start, off + len - start);
    }

    /** The timestamp of the last line handed over, empty before the first. */
    synchronized String lastTimestamp() {
        return lastTimestamp;
    }

    @Override
    public synchronized void close() {
        if (pending.size() > 0) {
            emit();
        }
    }

    private void emit() {
        String raw = pending.toString(StandardCharsets.UTF_8);
        pending.reset();
        int space = raw.indexOf(' ');
        String timestamp = "";
        String text = raw;
        if (space > 0 && LogTimestamps.looksLikeOne(raw.substring(0, space))) {
            timestamp = raw.substring(0, space);
            text = raw.substring(space + 1);
            lastTimestamp = timestamp;
        }
        lines.line(timestamp, text);
    }
}
