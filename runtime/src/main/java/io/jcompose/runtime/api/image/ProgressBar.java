package io.jcompose.runtime.api.image;

import java.util.Locale;

/** The text docker shows for a transfer in a terminal: {@code [=====>      ]  1.024kB/2.048kB}. */
final class ProgressBar {

    private static final int WIDTH = 50;
    private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB", "PB"};

    private ProgressBar() {
    }

    static String of(long current, long total) {
        if (total <= 0) {
            return String.format(Locale.ROOT, "%8s", humanSize(current));
        }
        int filled = (int) Math.min(WIDTH, Math.max(0, current * WIDTH / total));
        String bar = "[" + "=".repeat(filled) + (filled < WIDTH ? ">" + " ".repeat(WIDTH - filled - 1) : "") + "] ";
        return bar + String.format(Locale.ROOT, "%8s/%s", humanSize(current), humanSize(total));
    }

    /** Decimal units with four significant digits, as docker prints sizes ({@code 4.096kB}, {@code 12.3MB}). */
    static String humanSize(double bytes) {
        int unit = 0;
        double size = bytes;
        while (size >= 1000 && unit < UNITS.length - 1) {
            size /= 1000;
            unit++;
        }
        String digits = new java.math.BigDecimal(size).round(new java.math.MathContext(4)).stripTrailingZeros()
                .toPlainString();
        return digits + UNITS[unit];
    }
}
