package io.jcompose.cli.compose.plan;

import java.time.Duration;
import java.util.OptionalInt;

/**
 * The {@code up} flags that change the plan or its execution: recreate policy, orphans, the stop timeout of
 * replaced containers, and how long to wait for a dependency's condition.
 */
public record UpOptions(boolean forceRecreate, boolean noRecreate, boolean removeOrphans, OptionalInt stopTimeout,
        Duration dependencyTimeout) {

    public static final UpOptions DEFAULTS = new UpOptions(false, false, false, OptionalInt.empty(),
            Duration.ofMinutes(2));
}
