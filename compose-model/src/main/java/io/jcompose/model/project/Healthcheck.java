package io.jcompose.model.project;

import io.jcompose.model.value.ComposeDuration;
import java.util.List;

/** A container health check; durations and retries are null when compose leaves them to the engine's defaults. */
public record Healthcheck(List<String> test, ComposeDuration interval, ComposeDuration timeout, Long retries,
        ComposeDuration startPeriod, ComposeDuration startInterval, boolean disable) {

    public Healthcheck {
        test = Copies.list(test);
    }
}
