package io.jcompose.runtime.container;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Docker's byte sizes ({@code 10m}, {@code 1.5g}, {@code 512k}, {@code 100}): binary units, case-insensitive. */
public final class ByteSize {

    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgtp]?)i?b?");

    private ByteSize() {
    }

    public static long parse(String text) {
        Matcher m = SIZE.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("invalid size: '" + text + "'");
        }
        int power = "kmgtp".indexOf(m.group(2).isEmpty() ? "" : m.group(2)) + 1;
        if (m.group(2).isEmpty()) {
            power = 0;
        }
        return (long) (Double.parseDouble(m.group(1)) * Math.pow(1024, power));
    }
}
