package io.jcompose.runtime.network;

import io.jcompose.runtime.events.EngineEvent;
import io.jcompose.runtime.events.EventLog;
import java.time.Clock;
import java.util.Map;

/** Network events for {@code /events}: create, destroy, connect and disconnect, with docker's attributes. */
public final class NetworkEvents implements NetworkHooks {

    private final EventLog log;
    private final Clock clock;

    public NetworkEvents(EventLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Override
    public void networkCreated(NetworkRecord network) {
        publish(network, "create", Map.of());
    }

    @Override
    public void networkRemoved(NetworkRecord network) {
        publish(network, "destroy", Map.of());
    }

    @Override
    public void endpointAdded(NetworkRecord network, EndpointRecord endpoint) {
        publish(network, "connect", Map.of("container", endpoint.containerId()));
    }

    @Override
    public void endpointRemoved(NetworkRecord network, EndpointRecord endpoint) {
        publish(network, "disconnect", Map.of("container", endpoint.containerId()));
    }

    private void publish(NetworkRecord network, String action, Map<String, String> extra) {
        java.util.Map<String, String> attributes = new java.util.TreeMap<>(network.labels());
        attributes.put("name", network.name());
        attributes.put("type", network.driver());
        attributes.putAll(extra);
        log.publish(new EngineEvent("network", action, network.id(), attributes, clock.instant()));
    }
}
