package io.jcompose.network.dns;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;

/** Sends one query to an upstream DNS server and returns its raw reply; a fake replaces it in unit tests. */
public interface Upstream {

    /**
     * One exchange over UDP or TCP.
     *
     * @throws IOException on a network error or when no reply came within {@code timeout}
     */
    byte[] exchange(InetSocketAddress server, byte[] query, boolean tcp, Duration timeout) throws IOException;
}
