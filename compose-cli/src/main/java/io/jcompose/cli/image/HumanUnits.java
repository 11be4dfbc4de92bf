package io.jcompose.cli.image;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;

/** Sizes and ages written as the docker CLI writes them ({@code 7.8MB}, {@code 2 hours ago}), so output matches. */
public final class HumanUnits {

    private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"};

    private HumanUnits() {
    }

    /** Decimal units (1 kB = 1000 B) with three significant digits: {@code 1093000 -> "1.09MB"}. */
    public static String size(long bytes) {
        double value = bytes;
        int unit = 0;
        while (value >= 1000 && unit < UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(3, RoundingMode.HALF_EVEN));
        return rounded.stripTrailingZeros().toPlainString() + UNITS[unit];
    }

    /** How long ago, in docker's words: {@code Less than a second}, {@code About an hour}, {@code 3 weeks}. */
    public static String duration(Duration d) {
        long seconds = d.toSeconds();
        if (seconds < 1) {
            return "Less than a second";
        }
        if (seconds == 1) {
            return "1 second";
        }
        if (seconds < 60) {
            return seconds + " seconds";
        }
        long minutes = d.toMinutes();
        if (minutes == 1) {
            return "About a minute";
        }
        if (minutes < 60) {
            return minutes + " minutes";
        }
        long hours = Math.round(d.toMillis() / 3_600_000.0);
        if (hours == 1) {
            return "About an hour";
        }
        if (hours < 48) {
            return hours + " hours";
        }
        if (hours < 24 * 7 * 2) {
            return hours / 24 + " days";
        }
        if (hours < 24 * 30 * 2) {
            return hours / 24 / 7 + " weeks";
        }
        if (hours < 24 * 365 * 2) {
            return hours / 24 / 30 + " months";
        }
        return d.toHours() / 24 / 365 + " years";
    }

    /** {@code duration + " ago"}, the CREATED column. */
    public static String ago(Duration d) {
        return duration(d) + " ago";
    }
}
