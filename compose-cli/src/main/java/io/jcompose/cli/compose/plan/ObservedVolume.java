package io.jcompose.cli.compose.plan;

import io.jcompose.engine.api.json.VolumeJson;
import java.util.Map;

/** A volume the project names, as the engine has it: its engine name, driver and labels (who made it). */
public record ObservedVolume(String name, String driver, Map<String, String> labels) {

    public ObservedVolume {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    public static ObservedVolume of(VolumeJson v) {
        return new ObservedVolume(v.name(), v.driver(), v.labels());
    }

    /** The {@code com.docker.compose.project} label, or null for a volume compose did not make. */
    public String project() {
        return labels.get(Labels.PROJECT);
    }
}
