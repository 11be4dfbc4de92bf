package io.jcompose.network.ports;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forwards UDP datagrams: each client address gets its own socket towards the container (a session), whose
 * replies go back to that client from the host port; a session idle for 90 seconds ends, as in docker-proxy.
 */
final class UdpProxy implements PortProxy {

    private static final Logger LOG = LoggerFactory.getLogger(UdpProxy.class);
    static final long IDLE_NANOS = 90_000_000_000L;
    private static final int MAX_DATAGRAM = 65_535;

    private final DatagramSocket server;
    private final ProxyThreads threads;
    private final Map<SocketAddress, Session> sessions = new ConcurrentHashMap<>();
    private volatile boolean closed;

    UdpProxy(InetAddress hostIp, int port) throws IOException {
        server = new DatagramSocket(null);
        try {
            server.bind(new InetSocketAddress(hostIp, port));
        } catch (IOException e) {
            server.close();
            throw e;
        }
        threads = new ProxyThreads("jcompose-proxy-udp-" + server.getLocalPort());
        threads.track(server);
    }

    @Override
    public int port() {
        return server.getLocalPort();
    }

    @Override
    public void forwardTo(InetSocketAddress target) {
        threads.start(() -> receive(target));
    }

    private void receive(InetSocketAddress target) {
        byte[] buffer = new byte[MAX_DATAGRAM];
        while (!closed) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                server.receive(packet);
                Session session = sessions.computeIfAbsent(packet.getSocketAddress(), c -> open(c, target));
                if (session != null) {
                    session.send(packet);
                }
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("UDP proxy on port {} stopped: {}", port(), e.getMessage());
                }
                return;
            }
        }
    }

    private Session open(SocketAddress client, InetSocketAddress target) {
        try {
            DatagramSocket upstream = threads.track(new DatagramSocket());
            upstream.connect(target);
            upstream.setSoTimeout(1_000);
            Session session = new Session(client, upstream);
            threads.start(session::relayReplies);
            return session;
        } catch (IOException e) {
            LOG.debug("UDP proxy on port {}: cannot reach {}: {}", port(), target, e.getMessage());
            return null;
        }
    }

    /** One client's traffic: datagrams out through its own socket, replies back from the host port. */
    private final class Session {
        private final SocketAddress client;
        private final DatagramSocket upstream;
        private volatile long lastUsed = System.nanoTime();

        Session(SocketAddress client, DatagramSocket upstream) {
            this.client = client;
            this.upstream = upstream;
        }

        void send(DatagramPacket packet) throws IOException {
            lastUsed = System.nanoTime();
            try {
                upstream.send(new DatagramPacket(packet.getData(), packet.getOffset(), packet.getLength()));
            } catch (IOException e) {
                LOG.debug("UDP proxy on port {}: send failed: {}", port(), e.getMessage());
            }
        }

        void relayReplies() {
            byte[] buffer = new byte[MAX_DATAGRAM];
            try {
                while (!closed) {
                    DatagramPacket reply = new DatagramPacket(buffer, buffer.length);
                    try {
                        upstream.receive(reply);
                    } catch (SocketTimeoutException e) {
                        if (System.nanoTime() - lastUsed > IDLE_NANOS) {
                            return;
                        }
                        continue;
                    }
                    lastUsed = System.nanoTime();
                    server.send(new DatagramPacket(reply.getData(), reply.getLength(), client));
                }
            } catch (IOException e) {
                // closed, or the container is gone (ICMP unreachable): the session ends
            } finally {
                sessions.remove(client, this);
                threads.close(upstream);
            }
        }
    }

    @Override
    public int liveThreads() {
        return threads.live();
    }

    @Override
    public int openSockets() {
        return threads.open();
    }

    @Override
    public void close() {
        closed = true;
        threads.closeAll();
    }
}
