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

    /**
     * Both: {@code first} (the data plane: it may publish ports and returns what it bound), then {@code second}
     * (observers such as the event log).
     */
    static NetworkHooks both(NetworkHooks first, NetworkHooks second) {
        return new NetworkHooks() {
            @Override
            public void networkCreated(NetworkRecord network) throws IOException {
                first.networkCreated(network);
                second.networkCreated(network);
            }

            @Override
            public void networkRemoved(NetworkRecord network) throws IOException {
                first.networkRemoved(network);
                second.networkRemoved(network);
            }

            @Override
            public void endpointAdded(NetworkRecord network, EndpointRecord endpoint) throws IOException {
                first.endpointAdded(network, endpoint);
                second.endpointAdded(network, endpoint);
            }

            @Override
            public void endpointRemoved(NetworkRecord network, EndpointRecord endpoint) throws IOException {
                first.endpointRemoved(network, endpoint);
                second.endpointRemoved(network, endpoint);
            }

            @Override
            public List<EndpointRecord.PublishedPort> publish(NetworkRecord network, EndpointRecord endpoint,
                    Map<String, List<HostConfigJson.PortBindingJson>> bindings) throws IOException {
                return first.publish(network, endpoint, bindings);
            }

            @Override
            public void unpublish(NetworkRecord network, EndpointRecord endpoint) throws IOException {
                first.unpublish(network, endpoint);
            }
        };
    }

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
