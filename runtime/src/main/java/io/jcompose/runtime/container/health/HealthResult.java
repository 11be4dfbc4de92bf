package io.jcompose.runtime.container.health;

import io.jcompose.engine.api.json.ContainerInspectJson;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** One probe run as inspect's {@code State.Health.Log} keeps it: when it ran, its exit code, what it printed. */
public record HealthResult(Instant start, Instant end, int exitCode, String output) {

    public HealthResult {
        output = output == null ? "" : output;
    }

    public ContainerInspectJson.HealthLogJson toJson() {
        return new ContainerInspectJson.HealthLogJson(DateTimeFormatter.ISO_INSTANT.format(start),
                DateTimeFormatter.ISO_INSTANT.format(end), exitCode, output);
    }

    public static HealthResult fromJson(ContainerInspectJson.HealthLogJson json) {
        return new HealthResult(Instant.parse(json.start()), Instant.parse(json.end()), json.exitCode(),
                json.output());
    }
}
