package io.jcompose.network.ports;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * A host port held by the engine: binding it reserves the port (so a taken port fails before anything else is
 * made), and once started it forwards to the container, which is how the host reaches a port published on
 * 127.0.0.1 and how containers reach published ports through the host (docker's docker-proxy does the same).
 */
public interface PortProxy extends AutoCloseable {

    /** Binds {@code hostIp:port} (0 picks a free port) for the protocol; nothing is forwarded until started. */
    static PortProxy bind(Protocol protocol, InetAddress hostIp, int port) throws IOException {
        return protocol == Protocol.TCP ? new TcpProxy(hostIp, port) : new UdpProxy(hostIp, port);
    }

    /** The bound host port (the kernel's choice when 0 was asked for). */
    int port();

    /** Starts forwarding on virtual threads; connections and datagrams go to {@code target}. */
    void forwardTo(InetSocketAddress target);

    /** Threads still running (accept loop, copiers, UDP sessions); 0 once closed. */
    int liveThreads();

    /** Sockets still open, the bound one included; 0 once closed. */
    int openSockets();

    /** Unbinds the port, closes every connection and waits briefly for the threads to end. */
    @Override
    void close();
}
