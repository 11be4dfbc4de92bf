package io.jcompose.runtime.container.health;

import io.jcompose.engine.api.json.ContainerConfigJson.HealthcheckJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A container's health check: the create request's {@code Healthcheck} laid over the image's field by field, as
 * docker merges them. Durations and retries keep docker's "zero means unset", so the merged value is what inspect
 * shows; the {@code probe...} accessors apply docker's defaults.
 */
public record HealthConfig(List<String> test, Duration interval, Duration timeout, Duration startPeriod,
        Duration startInterval, int retries) {

    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(30);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_START_PERIOD = Duration.ZERO;
    public static final Duration DEFAULT_START_INTERVAL = Duration.ofSeconds(5);
    public static final int DEFAULT_RETRIES = 3;
    private static final List<String> DEFAULT_SHELL = List.of("/bin/sh", "-c");
    private static final Duration MINIMUM = Duration.ofMillis(1);

    public HealthConfig {
        test = test == null ? List.of() : List.copyOf(test);
        interval = orZero(interval);
        timeout = orZero(timeout);
        startPeriod = orZero(startPeriod);
        startInterval = orZero(startInterval);
    }

    /** The container's check over the image's ({@code RunConfig.Healthcheck}); empty when neither has one. */
    public static Optional<HealthConfig> of(HealthcheckJson container, Map<String, Object> image) {
        Optional<HealthConfig> fromImage = fromImage(image);
        if (container == null) {
            return fromImage;
        }
        HealthConfig own = fromJson(container);
        if (fromImage.isEmpty()) {
            return Optional.of(own);
        }
        HealthConfig base = fromImage.get();
        return Optional.of(new HealthConfig(own.test.isEmpty() ? base.test : own.test,
                or(own.interval, base.interval), or(own.timeout, base.timeout),
                or(own.startPeriod, base.startPeriod), or(own.startInterval, base.startInterval),
                own.retries == 0 ? base.retries : own.retries));
    }

    public static HealthConfig fromJson(HealthcheckJson json) {
        return new HealthConfig(json.test(), nanos(json.interval()), nanos(json.timeout()),
                nanos(json.startPeriod()), nanos(json.startInterval()), json.retries() == null ? 0 : json.retries());
    }

    /** The merged check as the container's {@code Config.Healthcheck}. */
    public HealthcheckJson toJson() {
        return new HealthcheckJson(test, interval.toNanos(), timeout.toNanos(), retries, startPeriod.toNanos(),
                startInterval.toNanos());
    }

    /** Whether there is a command to run: {@code CMD} or {@code CMD-SHELL} with arguments ({@code NONE} disables). */
    public boolean enabled() {
        return test.size() > 1 && (test.getFirst().equals("CMD") || test.getFirst().equals("CMD-SHELL"));
    }

    /**
     * The command line to run: {@code CMD}'s arguments as they are; {@code CMD-SHELL}'s through {@code shell} (the
     * container's {@code Shell}, else {@code /bin/sh -c}).
     */
    public List<String> argv(List<String> shell) {
        if (!enabled()) {
            throw new IllegalStateException("health check " + test + " has no command to run");
        }
        List<String> argv = new ArrayList<>();
        if (test.getFirst().equals("CMD-SHELL")) {
            argv.addAll(shell == null || shell.isEmpty() ? DEFAULT_SHELL : shell);
        }
        argv.addAll(test.subList(1, test.size()));
        return List.copyOf(argv);
    }

    /** Docker's checks at create time; the messages are docker's. */
    public void validate() {
        tooShort(interval, "Interval");
        tooShort(timeout, "Timeout");
        if (retries < 0) {
            throw new IllegalArgumentException("Retries in Healthcheck cannot be negative");
        }
        tooShort(startPeriod, "StartPeriod");
        tooShort(startInterval, "StartInterval");
    }

    public Duration probeInterval() {
        return or(interval, DEFAULT_INTERVAL);
    }

    public Duration probeTimeout() {
        return or(timeout, DEFAULT_TIMEOUT);
    }

    public Duration probeStartPeriod() {
        return or(startPeriod, DEFAULT_START_PERIOD);
    }

    public Duration probeStartInterval() {
        return or(startInterval, DEFAULT_START_INTERVAL);
    }

    /** Consecutive failures that make a container unhealthy; zero or less means docker's default, 3. */
    public int probeRetries() {
        return retries <= 0 ? DEFAULT_RETRIES : retries;
    }

    private static Optional<HealthConfig> fromImage(Map<String, Object> image) {
        if (image == null) {
            return Optional.empty();
        }
        List<String> test = new ArrayList<>();
        if (image.get("Test") instanceof List<?> list) {
            list.forEach(t -> test.add(String.valueOf(t)));
        }
        return Optional.of(new HealthConfig(test, nanos(number(image.get("Interval"))),
                nanos(number(image.get("Timeout"))), nanos(number(image.get("StartPeriod"))),
                nanos(number(image.get("StartInterval"))), (int) (long) number(image.get("Retries"))));
    }

    private static long number(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof String s && !s.isBlank()) {
            try {
                return Long.parseLong(s.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("image health check value \"" + s + "\" is not a number", e);
            }
        }
        return 0;
    }

    private static void tooShort(Duration d, String field) {
        if (!d.isZero() && d.compareTo(MINIMUM) < 0) {
            throw new IllegalArgumentException(field + " in Healthcheck cannot be less than 1ms");
        }
    }

    private static Duration nanos(Long value) {
        return value == null ? Duration.ZERO : Duration.ofNanos(value);
    }

    private static Duration or(Duration value, Duration fallback) {
        return value.isZero() ? fallback : value;
    }

    private static Duration orZero(Duration d) {
        return d == null ? Duration.ZERO : d;
    }
}
