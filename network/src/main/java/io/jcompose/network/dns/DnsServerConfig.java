package io.jcompose.network.dns;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;

/**
 * How one network's DNS server behaves.
 *
 * @param listen          the address and port to bind, UDP and TCP: the network's gateway and port 53 (port 0
 *                        picks a free port, the same for both)
 * @param upstreams       where names not known locally are forwarded: the host's resolv.conf servers; empty
 *                        means those names fail with SERVFAIL
 * @param internal        an {@code internal: true} network: nothing is forwarded (SERVFAIL), as docker does
 * @param searchDomains   domains stripped from a name before the local lookup ({@code web.example.com} finds
 *                        {@code web} when {@code example.com} is one)
 * @param upstreamTimeout how long to wait for each upstream server before trying the next
 * @param ttl             the TTL of local answers; docker's is 600 seconds
 */
public record DnsServerConfig(InetSocketAddress listen, List<InetSocketAddress> upstreams, boolean internal,
                              List<String> searchDomains, Duration upstreamTimeout, long ttl) {

    public static final long DEFAULT_TTL = 600;
    public static final Duration DEFAULT_UPSTREAM_TIMEOUT = Duration.ofSeconds(4);

    public DnsServerConfig {
        if (listen.isUnresolved()) {
            throw new IllegalArgumentException("DNS server address " + listen + " is not an IP address");
        }
        upstreams = List.copyOf(upstreams);
        for (InetSocketAddress upstream : upstreams) {
            if (upstream.isUnresolved()) {
                throw new IllegalArgumentException("upstream DNS server " + upstream + " is not an IP address");
            }
        }
        searchDomains = searchDomains.stream().map(DnsServerConfig::domainKey).toList();
        if (upstreamTimeout.isNegative() || upstreamTimeout.isZero()) {
            throw new IllegalArgumentException("upstream DNS timeout " + upstreamTimeout + " is not positive");
        }
        if (ttl < 0 || ttl > 0x7fffffffL) {
            throw new IllegalArgumentException("DNS TTL " + ttl + " is out of range 0..2147483647");
        }
    }

    /** A server on {@code listen} with no upstreams, no search domains, docker's TTL and timeout. */
    public static DnsServerConfig of(InetSocketAddress listen) {
        return new DnsServerConfig(listen, List.of(), false, List.of(), DEFAULT_UPSTREAM_TIMEOUT, DEFAULT_TTL);
    }

    public DnsServerConfig withUpstreams(List<InetSocketAddress> servers) {
        return new DnsServerConfig(listen, servers, internal, searchDomains, upstreamTimeout, ttl);
    }

    public DnsServerConfig withInternal(boolean isInternal) {
        return new DnsServerConfig(listen, upstreams, isInternal, searchDomains, upstreamTimeout, ttl);
    }

    public DnsServerConfig withSearchDomains(List<String> domains) {
        return new DnsServerConfig(listen, upstreams, internal, domains, upstreamTimeout, ttl);
    }

    public DnsServerConfig withUpstreamTimeout(Duration timeout) {
        return new DnsServerConfig(listen, upstreams, internal, searchDomains, timeout, ttl);
    }

    public DnsServerConfig withTtl(long seconds) {
        return new DnsServerConfig(listen, upstreams, internal, searchDomains, upstreamTimeout, seconds);
    }

    private static String domainKey(String domain) {
        String key = DnsName.of(domain).key();
        if (key.equals(".")) {
            throw new IllegalArgumentException("DNS search domain \"" + domain + "\" is empty");
        }
        return key;
    }
}
