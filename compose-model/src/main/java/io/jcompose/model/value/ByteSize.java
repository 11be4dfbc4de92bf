package io.jcompose.model.value;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A memory size such as {@code 512m} or {@code 1.5g}, parsed with docker's rules (binary units k, m, g, t, p with
 * optional {@code b} or {@code ib}); printed as the plain number of bytes, as {@code docker compose config} does.
 */
public record ByteSize(long bytes) {

    private static final String UNITS = "kmgtp";

    public static ByteSize of(String text) {
        String s = text == null ? "" : text;
        try {
            return new ByteSize(Long.parseLong(s));
        } catch (NumberFormatException notPlain) {
            // units below
        }
        int sep = lastIndexOfAny(s, "0123456789. ");
        if (sep < 0) {
            throw invalid(s);
        }
        String number = s.charAt(sep) == ' ' ? s.substring(0, sep) : s.substring(0, sep + 1);
        String suffix = s.substring(sep + 1).toLowerCase(Locale.ROOT);
        if (!number.matches("\\d+(\\.\\d*)?|\\.\\d+")) {
            throw invalid(s);
        }
        BigDecimal size = new BigDecimal(number.endsWith(".") ? number + "0" : number);
        if (!suffix.isEmpty() && !suffix.equals("b")) {
            int power = UNITS.indexOf(suffix.charAt(0)) + 1;
            boolean rest = suffix.length() == 1 || suffix.substring(1).equals("b") || suffix.substring(1).equals("ib");
            if (power == 0 || suffix.length() > 3 || !rest) {
                throw invalid(s);
            }
            size = size.multiply(BigDecimal.valueOf(1024).pow(power));
        }
        try {
            return new ByteSize(size.toBigInteger().longValueExact());
        } catch (ArithmeticException e) {
            throw invalid(s);
        }
    }

    private static int lastIndexOfAny(String s, String chars) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static InvalidValueException invalid(String s) {
        return new InvalidValueException("\"" + s + "\" is not a valid byte size (expected a number with an optional "
                + "unit b, k, m, g, t or p, e.g. 512m)");
    }

    @Override
    public String toString() {
        return Long.toString(bytes);
    }
}
