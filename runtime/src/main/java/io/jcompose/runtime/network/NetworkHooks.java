package io.jcompose.runtime.network;

import java.io.IOException;

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
}
