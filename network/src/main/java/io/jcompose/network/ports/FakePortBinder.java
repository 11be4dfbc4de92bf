package io.jcompose.network.ports;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** An in-memory binder for unit tests: ports are strings in a set; port 0 gets 49153, 49154, ... */
public final class FakePortBinder implements PortBinder {

    private final Set<String> taken = ConcurrentHashMap.newKeySet();
    private int next = 49153;

    /** Marks a port as held by someone else. */
    public void take(Protocol protocol, InetAddress hostIp, int port) {
        taken.add(key(protocol, hostIp, port));
    }

    /** The ports held now, as {@code tcp 0.0.0.0:8080}. */
    public Set<String> taken() {
        return Set.copyOf(taken);
    }

    @Override
    public synchronized PortProxy bind(Protocol protocol, InetAddress hostIp, int port) throws IOException {
        int p = port == 0 ? next++ : port;
        String key = key(protocol, hostIp, p);
        if (!taken.add(key)) {
            throw new BindException("Address already in use");
        }
        return new PortProxy() {
            private volatile boolean started;

            @Override
            public int port() {
                return p;
            }

            @Override
            public void forwardTo(InetSocketAddress target) {
                started = true;
            }

            @Override
            public int liveThreads() {
                return started ? 1 : 0;
            }

            @Override
            public int openSockets() {
                return taken.contains(key) ? 1 : 0;
            }

            @Override
            public void close() {
                started = false;
                taken.remove(key);
            }
        };
    }

    private static String key(Protocol protocol, InetAddress hostIp, int port) {
        return protocol + " " + Addresses.hostPort(hostIp, String.valueOf(port));
    }
}
