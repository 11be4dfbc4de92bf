package io.jcompose.cli.compose.plan;

import io.jcompose.engine.api.json.ContainerSummaryJson;
import java.util.Map;

/**
 * A container of the project as the engine lists it, read from its compose labels; {@code storedConfig} is its
 * {@code io.jcompose.config} label ({@code ""} when made by docker compose or an older jcompose).
 */
public record ObservedContainer(String id, String name, String service, int number, String configHash,
        String state, boolean oneoff, String imageId, String storedConfig) {

    public ObservedContainer(String id, String name, String service, int number, String configHash, String state,
            boolean oneoff, String imageId) {
        this(id, name, service, number, configHash, state, oneoff, imageId, "");
    }

    public ObservedContainer(String id, String name, String service, int number, String configHash, String state,
            boolean oneoff) {
        this(id, name, service, number, configHash, state, oneoff, "");
    }

    /** Reads a listed container; an unreadable number counts as 0. */
    public static ObservedContainer of(ContainerSummaryJson c) {
        Map<String, String> labels = c.labels() == null ? Map.of() : c.labels();
        String name = c.names() == null || c.names().isEmpty() ? c.id() : c.names().getFirst();
        int number;
        try {
            number = Integer.parseInt(labels.getOrDefault(Labels.NUMBER, "0"));
        } catch (NumberFormatException e) {
            number = 0;
        }
        return new ObservedContainer(c.id(), name.startsWith("/") ? name.substring(1) : name,
                labels.getOrDefault(Labels.SERVICE, ""), number, labels.getOrDefault(Labels.CONFIG_HASH, ""),
                c.state() == null ? "" : c.state(), "True".equalsIgnoreCase(labels.get(Labels.ONEOFF)),
                c.imageId() == null ? "" : c.imageId(), labels.getOrDefault(Labels.CONFIG, ""));
    }

    public boolean running() {
        return state.equals("running") || state.equals("restarting");
    }

    /** {@code web-1}: the service and replica number, as plan lines name containers. */
    public String shortName() {
        return service + "-" + number;
    }
}
