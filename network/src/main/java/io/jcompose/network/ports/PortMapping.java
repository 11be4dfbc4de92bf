package io.jcompose.network.ports;

import java.net.InetAddress;

/**
 * A published port once its host port is chosen: host address and port to a container's address and port. What
 * the engine stores with the container and shows in {@code docker ps} ({@code 0.0.0.0:8080->80/tcp}).
 */
public record PortMapping(Protocol protocol, InetAddress hostIp, int hostPort, InetAddress containerIp,
        int containerPort) {

    public PortMapping {
        if (hostPort < 1 || hostPort > 65535 || containerPort < 1 || containerPort > 65535) {
            throw new IllegalArgumentException("invalid port mapping " + hostPort + "->" + containerPort);
        }
    }

    /** Whether traffic to the host address can only come from the host itself (127.0.0.0/8, ::1). */
    public boolean loopbackOnly() {
        return hostIp.isLoopbackAddress();
    }

    /** Whether the host and the container address are of the same family, so that the kernel can DNAT. */
    public boolean natPossible() {
        return hostIp.getAddress().length == containerIp.getAddress().length;
    }

    /** {@code 0.0.0.0:8080->172.18.0.2:80/tcp}. */
    @Override
    public String toString() {
        return Addresses.hostPort(hostIp, String.valueOf(hostPort)) + "->"
                + Addresses.hostPort(containerIp, String.valueOf(containerPort)) + "/" + protocol;
    }
}
