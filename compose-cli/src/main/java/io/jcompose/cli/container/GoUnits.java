package io.jcompose.cli.container;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Sizes as docker's go-units writes them in {@code docker stats}: binary {@code BytesSize} ({@code %.4g} with
 * KiB, MiB...) and decimal {@code HumanSizeWithPrecision} ({@code %.3g} with kB, MB...), with Go's {@code %g}
 * rules, including its switch to an exponent ({@code 1e+03kB}) where rounding reaches the next power of ten.
 */
final class GoUnits {

    private static final String[] BINARY = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"};
    private static final String[] DECIMAL = {"B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"};

    private GoUnits() {
    }

    /** {@code units.BytesSize}: {@code 1536 -> "1.5KiB"}. */
    static String bytesSize(double bytes) {
        return custom(bytes, 1024, BINARY, 4);
    }

    /** {@code units.HumanSizeWithPrecision(size, 3)}: {@code 1234 -> "1.23kB"}. */
    static String humanSize(double bytes) {
        return custom(bytes, 1000, DECIMAL, 3);
    }

    private static String custom(double size, double base, String[] units, int precision) {
        int unit = 0;
        while (size >= base && unit < units.length - 1) {
            size /= base;
            unit++;
        }
        return g(size, precision) + units[unit];
    }

    /** Go's {@code %.Ng}: N significant digits, trailing zeros dropped, an exponent when it is large or small. */
    static String g(double value, int precision) {
        if (value == 0 || !Double.isFinite(value)) {
            return value == 0 ? "0" : Double.toString(value);
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(precision, RoundingMode.HALF_EVEN))
                .stripTrailingZeros();
        int digits = rounded.precision();
        int exponent = digits - rounded.scale() - 1;
        int decimalPoint = exponent + 1;
        int eprec = precision > digits && digits >= decimalPoint ? digits : precision;
        if (exponent < -4 || exponent >= eprec) {
            String mantissa = rounded.movePointLeft(exponent).toPlainString();
            String sign = exponent < 0 ? "-" : "+";
            int abs = Math.abs(exponent);
            return mantissa + "e" + sign + (abs < 10 ? "0" : "") + abs;
        }
        return rounded.toPlainString();
    }
}
