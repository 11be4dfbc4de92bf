package io.jcompose.cli.compose.plan;

import io.jcompose.engine.api.json.NetworkJson;
import java.util.Map;

/** A network of the project as the engine lists it: its engine name and its compose key. */
public record ObservedNetwork(String id, String name, String key) {

    public static ObservedNetwork of(NetworkJson n) {
        Map<String, String> labels = n.labels() == null ? Map.of() : n.labels();
        return new ObservedNetwork(n.id(), n.name(), labels.getOrDefault(Labels.NETWORK, ""));
    }
}
