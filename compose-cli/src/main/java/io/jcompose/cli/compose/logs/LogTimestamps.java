package io.jcompose.cli.compose.logs;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** The engine's RFC 3339 line timestamps, and the API's {@code since} that resumes just after one of them. */
final class LogTimestamps {

    private LogTimestamps() {
    }

    static boolean looksLikeOne(String s) {
        return s.length() >= 20 && s.length() <= 40 && Character.isDigit(s.charAt(0)) && s.charAt(4) == '-'
                && s.charAt(10) == 'T' && parse(s) != null;
    }

    /** {@code since} (unix seconds, nanosecond fraction) for the lines after {@code timestamp}, or empty. */
    static String after(String timestamp) {
        Instant t = timestamp.isEmpty() ? null : parse(timestamp);
        if (t == null) {
            return "";
        }
        Instant next = t.plusNanos(1);
        return next.getEpochSecond() + "." + String.format("%09d", next.getNano());
    }

    private static Instant parse(String s) {
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
