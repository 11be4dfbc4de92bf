package io.jcompose.network.ports;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Forwards each TCP connection accepted on the host port to the container, one virtual thread per direction. */
final class TcpProxy implements PortProxy {

    private static final Logger LOG = LoggerFactory.getLogger(TcpProxy.class);
    private static final int CONNECT_TIMEOUT_MS = 5_000;

    private final ServerSocket server;
    private final ProxyThreads threads;
    private volatile boolean closed;

    TcpProxy(InetAddress hostIp, int port) throws IOException {
        server = new ServerSocket();
        try {
            server.bind(new InetSocketAddress(hostIp, port), 512);
        } catch (IOException e) {
            server.close();
            throw e;
        }
        threads = new ProxyThreads("jcompose-proxy-tcp-" + server.getLocalPort());
        threads.track(server);
    }

    @Override
    public int port() {
        return server.getLocalPort();
    }

    @Override
    public void forwardTo(InetSocketAddress target) {
        threads.start(() -> accept(target));
    }

    private void accept(InetSocketAddress target) {
        while (!closed) {
            Socket client;
            try {
                client = threads.track(server.accept());
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("proxy on port {} stopped accepting: {}", port(), e.getMessage());
                }
                return;
            }
            threads.start(() -> connect(client, target));
        }
    }

    private void connect(Socket client, InetSocketAddress target) {
        Socket upstream = threads.track(new Socket());
        try {
            upstream.connect(target, CONNECT_TIMEOUT_MS);
        } catch (IOException e) {
            LOG.debug("proxy on port {}: cannot reach {}: {}", port(), target, e.getMessage());
            threads.close(upstream);
            threads.close(client);
            return;
        }
        AtomicInteger open = new AtomicInteger(2);
        threads.start(() -> pipe(upstream, client, open, client, upstream));
        pipe(client, upstream, open, client, upstream);
    }

    /** Copies one direction, half-closes the other side, and closes both sockets when both directions ended. */
    private void pipe(Socket from, Socket to, AtomicInteger open, Socket a, Socket b) {
        try {
            // not try-with-resources: closing a socket's stream closes the socket, and the other direction runs on
            from.getInputStream().transferTo(to.getOutputStream());
            to.shutdownOutput();
        } catch (IOException e) {
            threads.close(a);
            threads.close(b);
        } finally {
            if (open.decrementAndGet() == 0) {
                threads.close(a);
                threads.close(b);
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
