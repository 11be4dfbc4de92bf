package io.jcompose.runtime.container;

import io.jcompose.engine.api.json.HostConfigJson;
import java.time.Duration;

/** Docker's restart policies and its back-off: 100 ms doubling per restart up to a minute, reset by 10 s of run. */
public record RestartPolicy(String name, int maximumRetryCount) {

    static final Duration FIRST_DELAY = Duration.ofMillis(100);
    static final Duration MAX_DELAY = Duration.ofMinutes(1);
    static final Duration RESET_AFTER = Duration.ofSeconds(10);

    public RestartPolicy {
        name = name == null || name.isEmpty() ? "no" : name;
        if (!java.util.Set.of("no", "always", "unless-stopped", "on-failure").contains(name)) {
            throw new IllegalArgumentException("invalid restart policy '" + name + "'");
        }
        if (maximumRetryCount != 0 && !name.equals("on-failure")) {
            throw new IllegalArgumentException("invalid restart policy: maximum retry count can only be used with"
                    + " 'on-failure'");
        }
        if (maximumRetryCount < 0) {
            throw new IllegalArgumentException("invalid restart policy: maximum retry count cannot be negative");
        }
    }

    public static RestartPolicy of(HostConfigJson.RestartPolicyJson json) {
        if (json == null) {
            return new RestartPolicy("no", 0);
        }
        return new RestartPolicy(json.name(), json.maximumRetryCount() == null ? 0 : json.maximumRetryCount());
    }

    /** Whether a container that exited with {@code exitCode} after {@code restarts} restarts is started again. */
    public boolean restarts(int exitCode, int restarts, boolean stoppedByUser) {
        if (stoppedByUser) {
            return false;
        }
        return switch (name) {
            case "always", "unless-stopped" -> true;
            case "on-failure" -> exitCode != 0 && (maximumRetryCount == 0 || restarts < maximumRetryCount);
            default -> false;
        };
    }

    /** Whether the engine starts the container again when the engine itself starts. */
    public boolean startsWithEngine(boolean stoppedByUser) {
        return name.equals("always") || (name.equals("unless-stopped") && !stoppedByUser);
    }

    /** The delay before the next restart, given the previous delay and how long the container ran. */
    public static Duration nextDelay(Duration previous, Duration ran) {
        if (previous == null || ran.compareTo(RESET_AFTER) >= 0) {
            return FIRST_DELAY;
        }
        Duration doubled = previous.multipliedBy(2);
        return doubled.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : doubled;
    }
}
