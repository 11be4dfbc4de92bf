package io.jcompose.network.ports;

import java.io.IOException;
import java.net.InetAddress;

/** Binds host ports; the real one opens {@link PortProxy} sockets, the fake one keeps a set for unit tests. */
@FunctionalInterface
public interface PortBinder {

    /** Binds {@code hostIp:port} (0 for a free port); a {@link java.net.BindException} when it is taken. */
    PortProxy bind(Protocol protocol, InetAddress hostIp, int port) throws IOException;

    /** The real binder: userland proxies on the host's sockets. */
    static PortBinder proxies() {
        return PortProxy::bind;
    }
}
