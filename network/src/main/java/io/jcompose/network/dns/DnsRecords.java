package io.jcompose.network.dns;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * The names a DNS client may resolve, decided by who asks: a container sees the names of the networks it is
 * on and nothing else, as with docker's embedded DNS. The engine's implementation is {@link DnsTable}.
 */
public interface DnsRecords {

    /**
     * The addresses (IPv4 and IPv6 together) that {@code name} has for the client at {@code client}, or an empty
     * list when the name is not known to it. {@code name} is lower case, without a trailing dot.
     */
    List<InetAddress> addresses(InetAddress client, String name);

    /** The host name (without a trailing dot) of {@code address} on a network the client is on, for PTR. */
    Optional<String> hostName(InetAddress client, InetAddress address);
}
