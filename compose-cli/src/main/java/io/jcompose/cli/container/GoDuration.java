package io.jcompose.cli.container;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A duration written as Go writes them ({@code 30s}, {@code 1m30s}, {@code 500ms}, {@code 1.5h}), the syntax of
 * docker's {@code --health-interval} and {@code logs --since 10m}; held as nanoseconds.
 */
record GoDuration(long nanos) {

    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h)");
    private static final Map<String, Long> UNIT = Map.of("ns", 1L, "us", 1_000L, "µs", 1_000L, "μs", 1_000L,
            "ms", 1_000_000L, "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);

    static GoDuration of(String text) {
        String rest = text.startsWith("+") || text.startsWith("-") ? text.substring(1) : text;
        if (rest.equals("0")) {
            return new GoDuration(0);
        }
        Matcher m = PART.matcher(rest);
        BigDecimal total = BigDecimal.ZERO;
        int at = 0;
        while (at < rest.length() && m.find(at) && m.start() == at) {
            total = total.add(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(UNIT.get(m.group(2)))));
            at = m.end();
        }
        if (rest.isEmpty() || at != rest.length()) {
            throw new IllegalArgumentException("invalid duration: \"" + text
                    + "\" (expected a number and a unit, like 30s, 1m30s or 500ms)");
        }
        long nanos = total.longValue();
        return new GoDuration(text.startsWith("-") ? -nanos : nanos);
    }

    java.time.Duration toDuration() {
        return java.time.Duration.ofNanos(nanos);
    }
}
