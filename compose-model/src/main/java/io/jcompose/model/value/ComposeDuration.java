package io.jcompose.model.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * A duration in Go's syntax ({@code 1m30s}, {@code 500ms}, {@code 1.5h}, plus {@code d} and {@code w} as compose
 * accepts), held in nanoseconds and printed the way Go's {@code time.Duration.String()} prints it.
 */
public record ComposeDuration(long nanos) {

    private static final long MICRO = 1_000L;
    private static final long MILLI = 1_000_000L;
    private static final long SECOND = 1_000_000_000L;
    private static final long MINUTE = 60 * SECOND;
    private static final Map<String, Long> UNITS = Map.of("ns", 1L, "us", MICRO, "\u00b5s", MICRO,
            "\u03bcs", MICRO, "ms", MILLI, "s", SECOND, "m", MINUTE, "h", 60 * MINUTE, "d", 24 * 60 * MINUTE,
            "w", 7 * 24 * 60 * MINUTE);

    public static ComposeDuration of(String text) {
        String s = text == null ? "" : text;
        int i = 0;
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            negative = s.charAt(0) == '-';
            i = 1;
        }
        if (s.substring(i).equals("0")) {
            return new ComposeDuration(0);
        }
        if (i == s.length()) {
            throw invalid(s);
        }
        BigDecimal total = BigDecimal.ZERO;
        while (i < s.length()) {
            int start = i;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                i++;
            }
            String number = s.substring(start, i);
            int unitStart = i;
            while (i < s.length() && !Character.isDigit(s.charAt(i)) && s.charAt(i) != '.') {
                i++;
            }
            Long unit = UNITS.get(s.substring(unitStart, i));
            if (unit == null || !number.matches("\\d+(\\.\\d*)?|\\.\\d+")) {
                throw invalid(s);
            }
            BigDecimal value = new BigDecimal(number.endsWith(".") ? number + "0" : number);
            total = total.add(value.multiply(BigDecimal.valueOf(unit)).setScale(0, RoundingMode.DOWN));
        }
        if (negative) {
            total = total.negate();
        }
        try {
            return new ComposeDuration(total.longValueExact());
        } catch (ArithmeticException e) {
            throw invalid(s);
        }
    }

    private static InvalidValueException invalid(String s) {
        return new InvalidValueException("\"" + s + "\" is not a valid duration (expected a number with a unit, "
                + "e.g. 10s, 1m30s, 500ms)");
    }

    /** Go's formatting: {@code 1h0m0s}, {@code 1m30s}, {@code 1.5s}, {@code 500ms}, {@code 2µs}, {@code 0s}. */
    @Override
    public String toString() {
        if (nanos == 0) {
            return "0s";
        }
        String sign = nanos < 0 ? "-" : "";
        BigDecimal u = BigDecimal.valueOf(nanos).abs();
        if (u.compareTo(BigDecimal.valueOf(SECOND)) < 0) {
            if (u.compareTo(BigDecimal.valueOf(MICRO)) < 0) {
                return sign + u + "ns";
            }
            if (u.compareTo(BigDecimal.valueOf(MILLI)) < 0) {
                return sign + fraction(u, 3) + "\u00b5s";
            }
            return sign + fraction(u, 6) + "ms";
        }
        BigDecimal[] minutes = u.divideAndRemainder(BigDecimal.valueOf(MINUTE));
        String seconds = fraction(minutes[1], 9) + "s";
        long m = minutes[0].longValue();
        if (m == 0) {
            return sign + seconds;
        }
        if (m < 60) {
            return sign + m + "m" + seconds;
        }
        return sign + (m / 60) + "h" + (m % 60) + "m" + seconds;
    }

    private static String fraction(BigDecimal value, int scale) {
        return value.movePointLeft(scale).stripTrailingZeros().toPlainString();
    }
}
