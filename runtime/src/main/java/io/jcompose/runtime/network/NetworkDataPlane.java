package io.jcompose.runtime.network;

import io.jcompose.engine.api.json.HostConfigJson;
import io.jcompose.network.dns.DnsEndpoint;
import io.jcompose.network.dns.DnsServer;
import io.jcompose.network.dns.DnsServerConfig;
import io.jcompose.network.dns.DnsTable;
import io.jcompose.network.firewall.Firewall;
import io.jcompose.network.firewall.PortPublisher;
import io.jcompose.network.ipam.Cidr;
import io.jcompose.network.ports.HostBinding;
import io.jcompose.network.ports.PortMapping;
import io.jcompose.network.ports.PortRequest;
import io.jcompose.network.ports.Protocol;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kernel and socket side of networks: firewall rules per network (NAT, isolation), an embedded DNS server on
 * each user-defined network's gateway, DNS names per endpoint, and published ports (rules plus userland proxies).
 * Every step is idempotent, so the engine replays it all when it starts again.
 */
public final class NetworkDataPlane implements NetworkHooks, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NetworkDataPlane.class);

    private final Firewall firewall;
    private final PortPublisher ports;
    private final DnsTable names = new DnsTable();
    private final List<InetSocketAddress> upstreams;
    private final int dnsPort;
    private final Map<String, DnsServer> servers = new ConcurrentHashMap<>();
    private final Map<String, List<PortMapping>> published = new ConcurrentHashMap<>();

    /** {@code upstreams}: the host's resolvers, for names no network knows; {@code dnsPort} 53 but in tests. */
    public NetworkDataPlane(Firewall firewall, PortPublisher ports, List<InetSocketAddress> upstreams, int dnsPort)
            throws IOException {
        this.firewall = firewall;
        this.ports = ports;
        this.upstreams = List.copyOf(upstreams);
        this.dnsPort = dnsPort;
        firewall.ensureBase();
    }

    @Override
    public void networkCreated(NetworkRecord network) throws IOException {
        if (!network.driver().equals(NetworkRecord.BRIDGE)) {
            return;
        }
        for (var subnet : network.subnets()) {
            firewall.addNetwork(network.bridge(), Cidr.parse(subnet.subnet()).network(), network.internal(), true);
        }
        if (network.serviceDiscovery() && !network.subnets().isEmpty() && !servers.containsKey(network.id())) {
            InetAddress gateway = Cidr.address(network.subnets().getFirst().gateway(), network.name());
            DnsServer server = DnsServer.start(DnsServerConfig.of(new InetSocketAddress(gateway, dnsPort))
                    .withUpstreams(network.internal() ? List.of() : upstreams).withInternal(network.internal()),
                    names);
            servers.put(network.id(), server);
        }
    }

    @Override
    public void networkRemoved(NetworkRecord network) throws IOException {
        DnsServer server = servers.remove(network.id());
        if (server != null) {
            server.close();
        }
        names.removeNetwork(network.name());
        for (var subnet : network.subnets()) {
            firewall.removeNetwork(network.bridge(), Cidr.parse(subnet.subnet()).network(), network.internal(), true);
        }
    }

    @Override
    public void endpointAdded(NetworkRecord network, EndpointRecord endpoint) {
        if (network.serviceDiscovery() && !endpoint.ipv4Address().isEmpty()) {
            names.put(DnsEndpoint.of(endpoint.containerId(), network.name(), endpoint.dnsNames(),
                    List.of(Cidr.address(endpoint.ipv4Address(), endpoint.ipv4()))));
        }
    }

    @Override
    public void endpointRemoved(NetworkRecord network, EndpointRecord endpoint) {
        names.remove(endpoint.containerId() + "/" + network.name());
    }

    @Override
    public List<EndpointRecord.PublishedPort> publish(NetworkRecord network, EndpointRecord endpoint,
            Map<String, List<HostConfigJson.PortBindingJson>> bindings) throws IOException {
        List<PortRequest> requests = new ArrayList<>();
        try {
            for (var e : bindings.entrySet()) {
                List<HostBinding> hosts = new ArrayList<>();
                for (HostConfigJson.PortBindingJson b : e.getValue() == null ? List.<HostConfigJson.PortBindingJson>of()
                        : e.getValue()) {
                    hosts.add(new HostBinding(b.hostIp(), b.hostPort()));
                }
                requests.addAll(PortRequest.of(e.getKey(), hosts.isEmpty()
                        ? List.of(new HostBinding("", "")) : hosts));
            }
        } catch (IllegalArgumentException e) {
            throw new NetworkException(NetworkException.Kind.INVALID, e.getMessage());
        }
        InetAddress ip = Cidr.address(endpoint.ipv4Address(), endpoint.ipv4());
        List<PortMapping> mappings = ports.publish(network.bridge(), ip, requests);
        published.put(key(network, endpoint), mappings);
        List<EndpointRecord.PublishedPort> out = new ArrayList<>();
        for (PortMapping m : mappings) {
            out.add(new EndpointRecord.PublishedPort(m.protocol() == Protocol.UDP ? "udp" : "tcp",
                    m.hostIp().getHostAddress(), m.hostPort(), m.containerPort()));
        }
        return out;
    }

    @Override
    public void unpublish(NetworkRecord network, EndpointRecord endpoint) throws IOException {
        List<PortMapping> mappings = published.remove(key(network, endpoint));
        if (mappings != null) {
            ports.unpublish(network.bridge(), mappings);
        }
    }

    /** Stops the DNS servers and port proxies of this engine process; rules stay for the next engine. */
    @Override
    public void close() {
        servers.values().forEach(DnsServer::close);
        servers.clear();
        for (var e : published.entrySet()) {
            try {
                ports.unpublish(e.getKey().substring(0, e.getKey().indexOf('|')), e.getValue());
            } catch (IOException ex) {
                LOG.warn("closing the published ports of {} failed: {}", e.getKey(), ex.getMessage());
            }
        }
        published.clear();
    }

    private static String key(NetworkRecord network, EndpointRecord endpoint) {
        return network.bridge() + "|" + endpoint.containerId();
    }
}
