package io.jcompose.model.project;

import io.jcompose.model.value.ByteSize;
import io.jcompose.model.value.ComposeDuration;
import java.util.Map;

/** The {@code deploy} section the local engine honours: replicas, resource limits and the restart policy. */
public record Deploy(String mode, Integer replicas, Map<String, String> labels, Resources resources,
        RestartPolicy restartPolicy) {

    public Deploy {
        labels = Copies.map(labels);
    }

    /** Limits and reservations. */
    public record Resources(ResourceValues limits, ResourceValues reservations) {
    }

    /** CPU, memory and pids values; null when unset. */
    public record ResourceValues(Double cpus, ByteSize memory, Long pids) {
    }

    /** When and how often to restart a failed container. */
    public record RestartPolicy(String condition, ComposeDuration delay, Long maxAttempts, ComposeDuration window) {
    }
}
