package io.jcompose.runtime.container.health;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Runs a health command inside a container (the engine does it with exec); a small interface so that the
 * monitor's rules are tested without containers. An implementation should stop the command once it runs past
 * {@code timeout} and answer {@link ProbeResult#timedOut}; wrap it in {@link DeadlineProbe} if it cannot.
 */
@FunctionalInterface
public interface HealthProbe {

    /**
     * Runs {@code argv} in the container; an exception counts as a failed probe (exit code -1, its message as the
     * output). Interrupted when the container's monitor stops.
     */
    ProbeResult run(String containerId, List<String> argv, Duration timeout) throws IOException, InterruptedException;
}
