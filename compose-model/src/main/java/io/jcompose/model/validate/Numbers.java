package io.jcompose.model.validate;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Compares the numbers a tree holds (Long, BigInteger, Double) by their value, as JSON Schema does; plain
 * long and double arithmetic for the usual small values, BigDecimal only for the rare big ones.
 */
final class Numbers {

    private static final long EXACT_IN_DOUBLE = 1L << 53;

    private Numbers() {
    }

    /** Negative, zero or positive as {@code a} is below, equal to or above {@code b}; both must be numbers. */
    static int compare(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        if (isSmall(a) && isSmall(b)) {
            double x = toDouble(a);
            double y = toDouble(b);
            return x < y ? -1 : x > y ? 1 : 0;
        }
        BigDecimal x = decimal(a);
        BigDecimal y = decimal(b);
        if (x != null && y != null) {
            return x.compareTo(y);
        }
        return Double.compare(toDouble(a), toDouble(b));
    }

    /** A value exactly representable as a double, and not NaN. */
    private static boolean isSmall(Object n) {
        return n instanceof Long l && Math.abs(l) <= EXACT_IN_DOUBLE
                || n instanceof Double d && !d.isNaN() && !d.isInfinite() && Math.abs(d) <= EXACT_IN_DOUBLE;
    }

    private static double toDouble(Object n) {
        return ((Number) n).doubleValue();
    }

    private static BigDecimal decimal(Object n) {
        if (n instanceof Long l) {
            return BigDecimal.valueOf(l);
        }
        if (n instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        if (n instanceof Double d && !d.isNaN() && !d.isInfinite()) {
            return BigDecimal.valueOf(d);
        }
        return null;
    }
}
