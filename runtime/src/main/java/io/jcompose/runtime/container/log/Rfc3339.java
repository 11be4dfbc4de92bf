package io.jcompose.runtime.container.log;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The two timestamp forms container logs use: conmon's ({@code 2026-11-25T06:57:06.191458456-05:00}, parsed from
 * bytes without making strings, since a log has millions of them) and docker's fixed nine-digit UTC form.
 */
final class Rfc3339 {

    private static final DateTimeFormatter NANO_FIXED =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSSxxx");

    private Rfc3339() {
    }

    /** Docker's {@code RFC3339NanoFixed} in UTC: {@code 2026-11-25T12:00:00.123456789Z}. */
    static String formatNanoFixed(Instant time) {
        return NANO_FIXED.format(time);
    }

    /** Conmon's form: nine fraction digits and a numeric offset, never {@code Z}. */
    static String formatConmon(Instant time, ZoneOffset offset) {
        return WITH_OFFSET.format(time.atOffset(offset));
    }

    /**
     * Parses {@code YYYY-MM-DDTHH:MM:SS[.F{1,9}](Z|+HH:MM|-HH:MM)} from {@code b[off, off+len)}; null if the bytes
     * are anything else.
     */
    static Instant parse(byte[] b, int off, int len) {
        int end = off + len;
        if (len < 20 || b[off + 4] != '-' || b[off + 7] != '-' || (b[off + 10] != 'T' && b[off + 10] != 't')
                || b[off + 13] != ':' || b[off + 16] != ':') {
            return null;
        }
        int year = digits(b, off, 4);
        int month = digits(b, off + 5, 2);
        int day = digits(b, off + 8, 2);
        int hour = digits(b, off + 11, 2);
        int minute = digits(b, off + 14, 2);
        int second = digits(b, off + 17, 2);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                || second > 59) {
            return null;
        }
        int i = off + 19;
        long nanos = 0;
        if (b[i] == '.') {
            int start = ++i;
            while (i < end && i - start < 9 && isDigit(b[i])) {
                nanos = nanos * 10 + (b[i++] - '0');
            }
            int count = i - start;
            if (count == 0 || (i < end && isDigit(b[i]))) {
                return null;
            }
            for (int k = count; k < 9; k++) {
                nanos *= 10;
            }
        }
        Integer offsetSeconds = offset(b, i, end);
        if (offsetSeconds == null) {
            return null;
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return null;
        }
        long seconds = epochDay * 86_400 + hour * 3_600L + minute * 60L + second - offsetSeconds;
        return Instant.ofEpochSecond(seconds, nanos);
    }

    private static Integer offset(byte[] b, int i, int end) {
        if (end - i == 1 && (b[i] == 'Z' || b[i] == 'z')) {
            return 0;
        }
        if (end - i != 6 || (b[i] != '+' && b[i] != '-') || b[i + 3] != ':') {
            return null;
        }
        int h = digits(b, i + 1, 2);
        int m = digits(b, i + 4, 2);
        if (h < 0 || h > 18 || m < 0 || m > 59) {
            return null;
        }
        int seconds = h * 3_600 + m * 60;
        return b[i] == '-' ? -seconds : seconds;
    }

    private static int digits(byte[] b, int off, int count) {
        int v = 0;
        for (int k = 0; k < count; k++) {
            byte c = b[off + k];
            if (!isDigit(c)) {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }
}
