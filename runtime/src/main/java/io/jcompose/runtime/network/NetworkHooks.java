package io.jcompose.runtime.network;

import io.jcompose.engine.api.json.HostConfigJson;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * What else happens when networks and endpoints come and go: firewall rules (NAT, isolation, published ports) and
 * the embedded DNS servers plug in here, so {@link Networks} stays about addresses and links.
 */
public interface NetworkHooks {

    NetworkHooks NONE = new NetworkHooks() { };

    default void networkCreated(NetworkRecord network) throws IOException {
    }

    default void networkRemoved(NetworkRecord network) throws IOException {
    }

    default void endpointAdded(NetworkRecord network, EndpointRecord endpoint) throws IOException {
    }

    default void endpointRemoved(NetworkRecord network, EndpointRecord endpoint) throws IOException {
    }

    /**
     * Publishes a container's ports on its endpoint (its first network): {@code bindings} as the Docker API's
     * {@code PortBindings}; returns what was bound (random host ports resolved). Nothing is bound on failure.
     */
    default List<EndpointRecord.PublishedPort> publish(NetworkRecord network, EndpointRecord endpoint,
            Map<String, List<HostConfigJson.PortBindingJson>> bindings) throws IOException {
        return List.of();
    }

    /** Stops forwarding an endpoint's published ports. */
    default void unpublish(NetworkRecord network, EndpointRecord endpoint) throws IOException {
    }
}
