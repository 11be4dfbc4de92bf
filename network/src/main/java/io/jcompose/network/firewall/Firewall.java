package io.jcompose.network.firewall;

import io.jcompose.network.ipam.Cidr;
import io.jcompose.network.ports.PortMapping;
import java.io.IOException;

/**
 * The engine's packet filtering: egress NAT, isolation between networks and published ports, all in chains the
 * engine owns (see {@link Rules}) so that removing a network or a port removes exactly what was added. Every
 * method is idempotent: adding what is there or removing what is not is a no-op.
 */
public interface Firewall {

    /** Creates the engine's chains and their jumps from the built-in chains; turns on IPv4 forwarding. */
    void ensureBase() throws IOException;

    /** Masquerade out of the subnet (unless internal), forwarding and isolation rules for one bridge. */
    void addNetwork(String bridge, Cidr subnet, boolean internal, boolean icc) throws IOException;

    /** Removes what {@link #addNetwork} added for the same arguments. */
    void removeNetwork(String bridge, Cidr subnet, boolean internal, boolean icc) throws IOException;

    /** DNAT and accept rules for traffic from outside the host to a container on {@code bridge}. */
    void publish(String bridge, PortMapping mapping) throws IOException;

    /** Removes what {@link #publish} added for the same arguments. */
    void unpublish(String bridge, PortMapping mapping) throws IOException;

    /** Removes the jumps and the engine's chains with everything in them (tests, uninstall). */
    void removeBase() throws IOException;
}
