package io.jcompose.cli.container;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A size in docker's flag units ({@code 64m}, {@code 1g}, {@code 1.5GiB}: binary, case-insensitive) as bytes. */
record ByteSize(long bytes) {

    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?) ?([kmgtp])?i?b?",
            Pattern.CASE_INSENSITIVE);
    private static final String UNITS = "kmgtp";

    static ByteSize of(String text) {
        Matcher m = SIZE.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("invalid size: \"" + text
                    + "\" (expected a number and an optional unit b, k, m, g, t or p)");
        }
        BigDecimal value = new BigDecimal(m.group(1));
        if (m.group(2) != null) {
            int power = UNITS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
            value = value.multiply(BigDecimal.valueOf(1024).pow(power));
        }
        try {
            return new ByteSize(value.toBigInteger().longValueExact());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("invalid size: \"" + text + "\" (too large)");
        }
    }

    @Override
    public String toString() {
        return Long.toString(bytes);
    }
}
