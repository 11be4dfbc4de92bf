package io.jcompose.network.dns;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One network's embedded DNS server, on UDP and TCP at the same address and port, every blocking step on a
 * virtual thread. A bad packet or a failing upstream costs one query, never the server.
 */
public final class DnsServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DnsServer.class);
    private static final int TCP_IDLE_MILLIS = 10_000;
    private static final int BIND_ATTEMPTS = 20;

    private final DnsResolver resolver;
    private final Forwarder forwarder;
    private final DatagramSocket udp;
    private final ServerSocket tcp;
    private final ExecutorService threads;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private final AtomicLong errors = new AtomicLong();
    private final InetSocketAddress address;
    private volatile boolean closed;

    private DnsServer(DnsServerConfig config, DnsRecords records, Upstream upstream, DatagramSocket udp,
                      ServerSocket tcp) {
        this.resolver = new DnsResolver(config, records);
        this.forwarder = new Forwarder(config, upstream);
        this.udp = udp;
        this.tcp = tcp;
        this.address = new InetSocketAddress(udp.getLocalAddress(), udp.getLocalPort());
        this.threads = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("dns-" + udp.getLocalPort() + "-", 0).factory());
    }

    /** Binds UDP and TCP on {@code config.listen()} and starts serving; forwards with real sockets. */
    public static DnsServer start(DnsServerConfig config, DnsRecords records) throws IOException {
        return start(config, records, new SocketUpstream());
    }

    public static DnsServer start(DnsServerConfig config, DnsRecords records, Upstream upstream) throws IOException {
        InetSocketAddress listen = config.listen();
        for (int attempt = 1; ; attempt++) {
            DatagramSocket udp;
            try {
                udp = new DatagramSocket(listen);
            } catch (BindException e) {
                throw new BindException("cannot bind DNS server to UDP " + listen.getAddress().getHostAddress()
                        + ":" + listen.getPort() + ": " + e.getMessage());
            }
            try {
                ServerSocket tcp = new ServerSocket();
                try {
                    tcp.setReuseAddress(true);
                    tcp.bind(new InetSocketAddress(listen.getAddress(), udp.getLocalPort()), 128);
                } catch (IOException e) {
                    tcp.close();
                    throw e;
                }
                DnsServer server = new DnsServer(config, records, upstream, udp, tcp);
                server.threads.execute(server::serveUdp);
                server.threads.execute(server::serveTcp);
                LOG.debug("DNS server listening on {} (UDP and TCP)", server.address());
                return server;
            } catch (BindException e) {
                udp.close();
                if (listen.getPort() != 0 || attempt == BIND_ATTEMPTS) {
                    throw new BindException("cannot bind DNS server to TCP " + listen.getAddress().getHostAddress()
                            + ":" + udp.getLocalPort() + ": " + e.getMessage());
                }
            } catch (IOException | RuntimeException e) {
                udp.close();
                throw e;
            }
        }
    }

    /** The bound address and port (the port is the real one when the config asked for 0). */
    public InetSocketAddress address() {
        return address;
    }

    /** Packets and connections that failed inside the server; stays 0 unless something is wrong with it. */
    public long internalErrors() {
        return errors.get();
    }

    private void serveUdp() {
        byte[] buf = new byte[65535];
        DatagramPacket packet = new DatagramPacket(buf, buf.length);
        while (!closed) {
            try {
                packet.setLength(buf.length);
                udp.receive(packet);
                handleUdp(Arrays.copyOf(buf, packet.getLength()), packet.getAddress(), packet.getPort());
            } catch (IOException e) {
                if (!closed) {
                    LOG.debug("DNS UDP receive on {} failed: {}", address(), e.toString());
                }
            } catch (RuntimeException e) {
                errors.incrementAndGet();
                LOG.warn("DNS server on {} failed on a UDP packet", address(), e);
            }
        }
    }

    private void handleUdp(byte[] bytes, InetAddress client, int port) throws IOException {
        switch (resolver.handle(bytes, bytes.length, client, false)) {
            case DnsResolver.Answer a -> udp.send(new DatagramPacket(a.bytes(), a.bytes().length, client, port));
            case DnsResolver.Forward f -> threads.execute(() -> {
                try {
                    byte[] reply = forwarder.forward(f, false);
                    udp.send(new DatagramPacket(reply, reply.length, client, port));
                } catch (IOException e) {
                    LOG.debug("DNS UDP reply to {} failed: {}", client, e.toString());
                } catch (RuntimeException e) {
                    errors.incrementAndGet();
                    LOG.warn("DNS server on {} failed forwarding {}", address(), f.query().questions(), e);
                }
            });
            case DnsResolver.Ignore i -> {
            }
        }
    }

    private void serveTcp() {
        while (!closed) {
            try {
                Socket socket = tcp.accept();
                synchronized (connections) {
                    if (closed) {
                        socket.close(); // accepted while the server closed: close() has already swept the set
                        continue;
                    }
                    connections.add(socket);
                }
                try {
                    threads.execute(() -> serveConnection(socket));
                } catch (java.util.concurrent.RejectedExecutionException e) {
                    connections.remove(socket);
                    socket.close();
                }
            } catch (IOException e) {
                if (!closed) {
                    LOG.debug("DNS TCP accept on {} failed: {}", address(), e.toString());
                }
            } catch (RuntimeException e) {
                errors.incrementAndGet();
                LOG.warn("DNS server on {} failed accepting", address(), e);
            }
        }
    }

    private void serveConnection(Socket socket) {
        try (socket) {
            socket.setSoTimeout(TCP_IDLE_MILLIS);
            InputStream raw = socket.getInputStream();
            DataInputStream in = new DataInputStream(raw);
            while (!closed) {
                byte[] message = SocketUpstream.readFramed(in);
                if (message == null) {
                    return;
                }
                byte[] reply = switch (resolver.handle(message, message.length, socket.getInetAddress(), true)) {
                    case DnsResolver.Answer a -> a.bytes();
                    case DnsResolver.Forward f -> forwarder.forward(f, true);
                    case DnsResolver.Ignore i -> null;
                };
                if (reply == null) {
                    return;
                }
                SocketUpstream.writeFramed(socket.getOutputStream(), reply);
            }
        } catch (SocketTimeoutException | SocketException e) {
            LOG.trace("DNS TCP connection ended: {}", e.toString());
        } catch (IOException e) {
            LOG.debug("DNS TCP connection from {} failed: {}", socket.getInetAddress(), e.toString());
        } catch (RuntimeException e) {
            errors.incrementAndGet();
            LOG.warn("DNS server on {} failed on a TCP query", address(), e);
        } finally {
            connections.remove(socket);
        }
    }

    /** Stops listening, drops open TCP connections and waits for the server's threads to end. */
    @Override
    public void close() {
        synchronized (connections) {
            if (closed) {
                return;
            }
            closed = true;
        }
        udp.close();
        try {
            tcp.close();
        } catch (IOException e) {
            LOG.debug("closing DNS TCP socket failed: {}", e.toString());
        }
        for (Socket socket : connections) {
            try {
                socket.close();
            } catch (IOException e) {
                LOG.debug("closing DNS TCP connection failed: {}", e.toString());
            }
        }
        threads.shutdownNow();
        try {
            if (!threads.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("DNS server on {} still has threads running after 10 s", address());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
