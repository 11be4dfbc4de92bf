package io.jcompose.runtime.container.log;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Reads the complete lines of a log file from a position on, and stops before a line conmon is still writing, so
 * a torn last line is read again (whole) next time instead of being emitted in pieces.
 */
final class LineScanner {

    /** A line longer than this is not conmon's (its lines are at most 8 KiB of output): it is skipped. */
    static final int BUFFER = 64 * 1024;

    private final byte[] buf;
    private boolean skipping;
    private long badLines;

    LineScanner() {
        this(BUFFER);
    }

    LineScanner(int bufferSize) {
        this.buf = new byte[bufferSize];
    }

    /**
     * Hands every complete, well-formed line in {@code [position, end of file)} to {@code out} and returns the
     * position after the last complete line.
     */
    long scan(FileChannel channel, long position, RecordHandler out) throws IOException {
        while (true) {
            int n = readFully(channel, position);
            if (n <= 0) {
                return position;
            }
            int lineStart = 0;
            for (int i = 0; i < n; i++) {
                if (buf[i] == '\n') {
                    if (skipping) {
                        skipping = false;
                    } else {
                        handle(lineStart, i - lineStart, position + lineStart, out);
                    }
                    lineStart = i + 1;
                }
            }
            if (lineStart == 0 && n == buf.length) {
                if (!skipping) {
                    badLines++;
                }
                skipping = true;
                position += n;
                continue;
            }
            position += lineStart;
            if (n < buf.length) {
                return position;
            }
        }
    }

    /** Forgets a half-skipped over-long line: the file was replaced or truncated. */
    void reset() {
        skipping = false;
    }

    /** Lines skipped because they were not k8s-file records. */
    long badLines() {
        return badLines;
    }

    private void handle(int off, int len, long offset, RecordHandler out) throws IOException {
        LogRecord record = K8sFileLine.parse(buf, off, len);
        if (record == null) {
            badLines++;
        } else {
            out.record(record, offset);
        }
    }

    private int readFully(FileChannel channel, long position) throws IOException {
        ByteBuffer bb = ByteBuffer.wrap(buf);
        while (bb.hasRemaining()) {
            int n = channel.read(bb, position + bb.position());
            if (n <= 0) {
                break;
            }
        }
        return bb.position();
    }
}
