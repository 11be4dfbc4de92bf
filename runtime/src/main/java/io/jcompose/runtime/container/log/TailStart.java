package io.jcompose.runtime.container.log;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.EnumSet;
import java.util.Set;

/**
 * Finds where to start reading so that the last N lines are complete, by reading the file backwards from its end:
 * {@code tail} on a log of gigabytes reads a few blocks, not the file.
 *
 * <p>Counting from the end, each {@code F} record ends a line, and so does a stream's last {@code P} record when
 * no {@code F} follows it (a line still being written). Once N line ends are counted, the scan goes on until every
 * stream seen has an earlier {@code F}, so that the pieces of the oldest wanted lines are included; the extra lines
 * this takes in are dropped by {@link LastLines}.
 */
final class TailStart {

    private final int block;

    /** @param block bytes read per step; must exceed the longest line, or that line is skipped */
    TailStart(int block) {
        this.block = block;
    }

    /** The offset to read from for the last {@code lines} lines. */
    long find(FileChannel channel, int lines) throws IOException {
        Counter counter = new Counter(lines);
        byte[] buf = new byte[block];
        long boundary = channel.size();
        while (boundary > 0) {
            long start = Math.max(0, boundary - block);
            int n = (int) (boundary - start);
            read(channel, buf, start, n);
            int lineEnd = -1;
            for (int k = n - 1; k >= 0; k--) {
                if (buf[k] != '\n') {
                    continue;
                }
                if (lineEnd >= 0 && counter.visit(buf, k + 1, lineEnd - k - 1, start + k + 1)) {
                    return counter.start;
                }
                lineEnd = k;
            }
            if (start == 0) {
                if (lineEnd >= 0 && counter.visit(buf, 0, lineEnd, 0)) {
                    return counter.start;
                }
                return 0;
            }
            long next = lineEnd < 0 ? start : start + lineEnd + 1;
            boundary = next == boundary ? start : next;
        }
        return 0;
    }

    private static void read(FileChannel channel, byte[] buf, long position, int n) throws IOException {
        ByteBuffer bb = ByteBuffer.wrap(buf, 0, n);
        while (bb.hasRemaining()) {
            if (channel.read(bb, position + bb.position()) < 0) {
                throw new IOException("log file shrank while reading it backwards");
            }
        }
    }

    /** The counting state; {@link #visit} is called for each complete line, last line first. */
    private static final class Counter {
        private final int lines;
        private final Set<LogStream> seen = EnumSet.noneOf(LogStream.class);
        private Set<LogStream> needStart;
        private int count;
        long start;

        Counter(int lines) {
            this.lines = lines;
        }

        /** True when {@link #start} is final. */
        boolean visit(byte[] buf, int off, int len, long offset) {
            if (lines == 0) {
                start = offset + len + 1;
                return true;
            }
            LogRecord r = K8sFileLine.parse(buf, off, len);
            if (r == null) {
                return false;
            }
            if (needStart == null) {
                if (!r.partial() || !seen.contains(r.stream())) {
                    count++;
                }
                seen.add(r.stream());
                start = offset;
                if (count >= lines) {
                    needStart = EnumSet.copyOf(seen);
                }
                return false;
            }
            if (!r.partial() && needStart.remove(r.stream()) && needStart.isEmpty()) {
                start = offset + len + 1;
                return true;
            }
            start = offset;
            return false;
        }
    }
}
