package io.jcompose.cli.container;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * {@code logs --since/--until}: a duration back from now ({@code 10m}), an RFC 3339 time (without a zone: local
 * time), a date, or unix seconds, as the API's unix seconds ({@code 1700000000}, {@code 1700000000.250000000}).
 */
public final class LogTime {

    private LogTime() {
    }

    public static String toApi(String flag, String value, Instant now, ZoneId zone) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (value.matches("\\d+(\\.\\d{1,9})?")) {
            return value;
        }
        try {
            return seconds(now.minus(GoDuration.of(value).toDuration()));
        } catch (IllegalArgumentException notADuration) {
            // try the time forms
        }
        try {
            return seconds(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException e) {
            // next form
        }
        try {
            return seconds(LocalDateTime.parse(value).atZone(zone).toInstant());
        } catch (DateTimeParseException e) {
            // next form
        }
        try {
            return seconds(LocalDate.parse(value).atStartOfDay(zone).toInstant());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(flag + ": invalid time: \"" + value
                    + "\" (expected a duration like 10m, an RFC 3339 time like 2024-01-02T15:04:05Z, or unix seconds)");
        }
    }

    private static String seconds(Instant t) {
        return t.getNano() == 0 ? Long.toString(t.getEpochSecond())
                : t.getEpochSecond() + "." + String.format("%09d", t.getNano());
    }
}
