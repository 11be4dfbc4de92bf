package io.jcompose.runtime.container.log;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * One line of conmon's {@code k8s-file} log ({@code TIMESTAMP STREAM TAG CONTENT}, where the tag is {@code F} for
 * a full line and {@code P} for a piece that continues in a later record), the only place that knows the layout.
 */
public final class K8sFileLine {

    private static final byte SPACE = ' ';

    private K8sFileLine() {
    }

    /**
     * Parses one line without its newline from {@code b[off, off+len)}; null when the line is not a k8s-file record
     * (bad lines are skipped, never fatal). Tags may carry CRI's extra {@code :}-separated parts; only the first
     * counts.
     */
    public static LogRecord parse(byte[] b, int off, int len) {
        int end = off + len;
        int s1 = indexOf(b, off, end, SPACE);
        if (s1 < 0) {
            return null;
        }
        Instant time = Rfc3339.parse(b, off, s1 - off);
        if (time == null) {
            return null;
        }
        int s2 = indexOf(b, s1 + 1, end, SPACE);
        if (s2 < 0) {
            return null;
        }
        LogStream stream = stream(b, s1 + 1, s2);
        if (stream == null) {
            return null;
        }
        int s3 = indexOf(b, s2 + 1, end, SPACE);
        int tagEnd = s3 < 0 ? end : s3;
        int colon = indexOf(b, s2 + 1, tagEnd, (byte) ':');
        int tagLen = (colon < 0 ? tagEnd : colon) - (s2 + 1);
        if (tagLen != 1 || (b[s2 + 1] != 'F' && b[s2 + 1] != 'P')) {
            return null;
        }
        byte[] content = s3 < 0 ? new byte[0] : Arrays.copyOfRange(b, s3 + 1, end);
        return new LogRecord(time, stream, content, b[s2 + 1] == 'P');
    }

    public static LogRecord parse(String line) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        return parse(b, 0, b.length);
    }

    /** The record as conmon writes it, newline included, with the time shown at {@code offset}. */
    public static byte[] format(LogRecord record, ZoneOffset offset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(record.length() + 48);
        String head = Rfc3339.formatConmon(record.time(), offset) + " " + record.stream().wireName()
                + (record.partial() ? " P " : " F ");
        out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(record.content());
        out.write('\n');
        return out.toByteArray();
    }

    private static LogStream stream(byte[] b, int from, int to) {
        for (LogStream s : LogStream.values()) {
            String name = s.wireName();
            if (to - from == name.length() && regionEquals(b, from, name)) {
                return s;
            }
        }
        return null;
    }

    private static boolean regionEquals(byte[] b, int from, String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            if (b[from + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static int indexOf(byte[] b, int from, int to, byte c) {
        for (int i = from; i < to; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }
}
