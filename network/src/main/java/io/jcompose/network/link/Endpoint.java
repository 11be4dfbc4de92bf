package io.jcompose.network.link;

import io.jcompose.network.ipam.Cidr;
import java.net.InetAddress;

/**
 * One container's place on one network: which bridge, which namespace, the interface name inside it and its
 * addresses. {@code ipv6}, the gateways and {@code mac} may be null (a null MAC is derived from the IPv4
 * address as Docker does); {@code mtu} 0 keeps the kernel's default.
 *
 * @param defaultRoute whether this network carries the namespace's default route (never for internal networks)
 */
public record Endpoint(String bridge, String namespace, String interfaceName, Cidr ipv4, InetAddress ipv4Gateway,
                       Cidr ipv6, InetAddress ipv6Gateway, boolean defaultRoute, int mtu, MacAddress mac) {

    public Endpoint {
        LinkNames.interfaceName(bridge);
        LinkNames.namespaceName(namespace);
        LinkNames.interfaceName(interfaceName);
        if (ipv4 != null && ipv4.isIpv6()) {
            throw new IllegalArgumentException("not an IPv4 address: " + ipv4);
        }
        if (ipv6 != null && !ipv6.isIpv6()) {
            throw new IllegalArgumentException("not an IPv6 address: " + ipv6);
        }
        if (ipv4Gateway != null && ipv4Gateway.getAddress().length != 4) {
            throw new IllegalArgumentException("not an IPv4 gateway: " + ipv4Gateway.getHostAddress());
        }
        if (ipv6Gateway != null && ipv6Gateway.getAddress().length != 16) {
            throw new IllegalArgumentException("not an IPv6 gateway: " + ipv6Gateway.getHostAddress());
        }
        if (mtu < 0 || mtu > 65535) {
            throw new IllegalArgumentException("invalid MTU " + mtu + " for " + interfaceName);
        }
    }

    /** An IPv4 endpoint that carries the default route via its gateway, with the default MTU. */
    public static Endpoint of(String bridge, String namespace, String interfaceName, Cidr ipv4,
                              InetAddress gateway) {
        return new Endpoint(bridge, namespace, interfaceName, ipv4, gateway, null, null, true, 0, null);
    }

    public Endpoint withIpv6(Cidr address, InetAddress gateway) {
        return new Endpoint(bridge, namespace, interfaceName, ipv4, ipv4Gateway, address, gateway, defaultRoute,
                mtu, mac);
    }

    public Endpoint withDefaultRoute(boolean on) {
        return new Endpoint(bridge, namespace, interfaceName, ipv4, ipv4Gateway, ipv6, ipv6Gateway, on, mtu, mac);
    }

    public Endpoint withMtu(int value) {
        return new Endpoint(bridge, namespace, interfaceName, ipv4, ipv4Gateway, ipv6, ipv6Gateway, defaultRoute,
                value, mac);
    }

    public Endpoint withMac(MacAddress value) {
        return new Endpoint(bridge, namespace, interfaceName, ipv4, ipv4Gateway, ipv6, ipv6Gateway, defaultRoute,
                mtu, value);
    }

    /** The MAC to set: the given one, else Docker's from the IPv4 address, else null (the caller picks one). */
    public MacAddress effectiveMac() {
        if (mac != null) {
            return mac;
        }
        return ipv4 == null ? null : MacAddress.fromIpv4(ipv4.address());
    }
}
