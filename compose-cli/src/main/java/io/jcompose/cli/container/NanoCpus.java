package io.jcompose.cli.container;

import java.math.BigDecimal;

/** {@code --cpus 1.5}: a fraction of CPUs as the API's {@code NanoCpus} (1.5 is 1500000000). */
record NanoCpus(long value) {

    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000L);

    static NanoCpus of(String text) {
        BigDecimal cpus;
        try {
            cpus = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid CPU count: \"" + text + "\" (expected a number like 1.5)");
        }
        if (cpus.signum() < 0) {
            throw new IllegalArgumentException("invalid CPU count: \"" + text + "\" (must not be negative)");
        }
        BigDecimal nanos = cpus.multiply(BILLION);
        if (nanos.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("invalid CPU count: \"" + text + "\" (too precise)");
        }
        return new NanoCpus(nanos.longValueExact());
    }
}
