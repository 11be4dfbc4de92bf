package io.jcompose.runtime.container.log;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * One line of a container's output with the time conmon read it, kept as bytes because a container may print
 * anything, not only UTF-8.
 *
 * @param time when conmon read the (first piece of the) line
 * @param stream stdout or stderr
 * @param content the line without its newline (a copy is kept)
 * @param partial true when the line did not end with a newline: a k8s-file {@code P} record, or after joining, the
 *     last output of a container that exited mid-line
 */
public record LogRecord(Instant time, LogStream stream, byte[] content, boolean partial) {

    public LogRecord {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(stream, "stream");
        content = content.clone();
    }

    public static LogRecord of(Instant time, LogStream stream, String text, boolean partial) {
        return new LogRecord(time, stream, text.getBytes(StandardCharsets.UTF_8), partial);
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int length() {
        return content.length;
    }

    /** The content decoded as UTF-8 (invalid bytes become U+FFFD). */
    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    /**
     * The bytes docker's {@code logs} sends for this line: with {@code timestamps}, the RFC3339Nano time (UTC, nine
     * digits) and a space first; then the content; then a newline unless the line is partial.
     */
    public byte[] payload(boolean timestamps) {
        byte[] prefix = timestamps
                ? (Rfc3339.formatNanoFixed(time) + " ").getBytes(StandardCharsets.US_ASCII)
                : new byte[0];
        byte[] out = new byte[prefix.length + content.length + (partial ? 0 : 1)];
        System.arraycopy(prefix, 0, out, 0, prefix.length);
        System.arraycopy(content, 0, out, prefix.length, content.length);
        if (!partial) {
            out[out.length - 1] = '\n';
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LogRecord r && r.time.equals(time) && r.stream == stream && r.partial == partial
                && Arrays.equals(r.content, content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(time, stream, partial, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "LogRecord[" + time + " " + stream.wireName() + (partial ? " P " : " F ") + text() + "]";
    }
}
