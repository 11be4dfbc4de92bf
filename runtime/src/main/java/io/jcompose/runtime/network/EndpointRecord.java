package io.jcompose.runtime.network;

import java.util.List;

/**
 * One container's place on one network: its addresses (CIDR text), MAC, the interface inside and the veth
 * outside, and the names others find it by (container name, aliases, service name).
 */
public record EndpointRecord(String containerId, String containerName, String endpointId, String ipv4,
        String ipv6, String mac, String interfaceName, String hostVeth, String namespace, List<String> dnsNames,
        List<PublishedPort> ports) {

    public EndpointRecord {
        dnsNames = dnsNames == null ? List.of() : List.copyOf(dnsNames);
        ports = ports == null ? List.of() : List.copyOf(ports);
    }

    /** A host port forwarded to this endpoint: {@code tcp}, host address and port, container port. */
    public record PublishedPort(String protocol, String hostIp, int hostPort, int containerPort) {
    }

    public EndpointRecord withPorts(List<PublishedPort> published) {
        return new EndpointRecord(containerId, containerName, endpointId, ipv4, ipv6, mac, interfaceName, hostVeth,
                namespace, dnsNames, published);
    }

    /** The IPv4 address without its prefix length, or empty. */
    public String ipv4Address() {
        return ipv4 == null || ipv4.isEmpty() ? "" : ipv4.substring(0, ipv4.indexOf('/'));
    }

    /** The prefix length of the IPv4 address, or 0. */
    public int ipv4PrefixLength() {
        return ipv4 == null || ipv4.isEmpty() ? 0 : Integer.parseInt(ipv4.substring(ipv4.indexOf('/') + 1));
    }
}
