package io.jcompose.runtime.registry.transport;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * How often and how patiently to retry a transient failure (a reset connection, a 5xx, a 429), so that one hiccup
 * does not fail a long pull. Delays double from {@code initial} up to {@code max}; a {@code Retry-After} header
 * wins, also capped at {@code max}.
 */
public record RetryPolicy(int maxAttempts, Duration initial, Duration max, Sleeper sleeper) {

    /** Waits; a fake in tests records the delays instead. */
    @FunctionalInterface
    public interface Sleeper {
        Sleeper REAL = d -> Thread.sleep(d);

        void sleep(Duration d) throws InterruptedException;
    }

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
    }

    public static RetryPolicy defaults() {
        return new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(30), Sleeper.REAL);
    }

    public RetryPolicy withSleeper(Sleeper newSleeper) {
        return new RetryPolicy(maxAttempts, initial, max, newSleeper);
    }

    /** The delay before attempt {@code attempt + 1}, {@code attempt} counting from 1. */
    public Duration delay(int attempt, String retryAfter) {
        Duration fromHeader = parseRetryAfter(retryAfter);
        if (fromHeader != null) {
            return fromHeader.compareTo(max) > 0 ? max : fromHeader;
        }
        Duration d = initial.multipliedBy(1L << Math.min(attempt - 1, 20));
        return d.compareTo(max) > 0 ? max : d;
    }

    /** Waits before the next attempt. */
    public void pause(int attempt, String retryAfter) throws InterruptedException {
        sleeper.sleep(delay(attempt, retryAfter));
    }

    /** {@code Retry-After} as seconds or an HTTP date; null when absent or unreadable. */
    static Duration parseRetryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
