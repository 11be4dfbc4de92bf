package io.jcompose.runtime.network;

import io.jcompose.engine.api.json.ContainerCreateJson;
import io.jcompose.engine.api.json.EndpointSettingsJson;
import io.jcompose.engine.api.json.HostConfigJson;
import io.jcompose.engine.api.json.IpamJson;
import io.jcompose.engine.api.json.NetworkCreateJson;
import io.jcompose.network.ipam.AddressAllocator;
import io.jcompose.network.ipam.Cidr;
import io.jcompose.network.ipam.IpamException;
import io.jcompose.network.ipam.SubnetAllocator;
import io.jcompose.network.ipam.SubnetRequest;
import io.jcompose.network.ipam.SubnetState;
import io.jcompose.network.link.Attachment;
import io.jcompose.network.link.Endpoint;
import io.jcompose.network.link.LinkManager;
import io.jcompose.network.link.LinkNames;
import io.jcompose.runtime.container.ContainerNetworking;
import io.jcompose.runtime.container.ContainerRecord;
import io.jcompose.runtime.container.Containers;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's networks: a Linux bridge per bridge network with addresses from IPAM, the predefined
 * {@code bridge}, {@code host} and {@code none}, and each running container's endpoints (a veth into its own
 * network namespace). Firewall and DNS follow through {@link NetworkHooks}. One operation at a time.
 */
public final class Networks implements ContainerNetworking {

    private static final Logger LOG = LoggerFactory.getLogger(Networks.class);
    private static final String MTU_OPTION = "com.docker.network.driver.mtu";
    private static final String BRIDGE_NAME_OPTION = "com.docker.network.bridge.name";

    private final NetworkStore store;
    private final SubnetAllocator subnets;
    private final LinkManager links;
    private final Clock clock;
    private final Map<String, List<AddressAllocator>> allocators = new LinkedHashMap<>();
    private final String defaultBridge;
    private volatile NetworkHooks hooks = NetworkHooks.NONE;
    private volatile java.util.function.Function<String, Optional<ContainerRecord>> containerLookup =
            name -> Optional.empty();

    /** {@code defaultBridge}: the Linux bridge of the predefined {@code bridge} network (docker's docker0). */
    public Networks(NetworkStore store, SubnetAllocator subnets, LinkManager links, Clock clock,
            String defaultBridge) {
        this.defaultBridge = defaultBridge;
        this.store = store;
        this.subnets = subnets;
        this.links = links;
        this.clock = clock;
        for (NetworkRecord r : store.all()) {
            List<AddressAllocator> own = new ArrayList<>();
            for (SubnetState s : r.subnets()) {
                subnets.markInUse(Cidr.parse(s.subnet()));
                own.add(AddressAllocator.restore(s));
            }
            allocators.put(r.id(), own);
        }
    }

    public void hooks(NetworkHooks newHooks) {
        this.hooks = newHooks;
    }

    public NetworkStore store() {
        return store;
    }

    /** Makes the predefined networks exist (and their bridges, after a reboot cleared them). */
    public synchronized void ensurePredefined() throws IOException {
        if (store.lookup("none").isEmpty()) {
            add(new NetworkRecord(newId(), "none", NetworkRecord.NULL, clock.instant(), false, false, false,
                    Map.of(), Map.of(), new IpamJson("default", List.of(), Map.of()), "", List.of(), Map.of()));
        }
        if (store.lookup("host").isEmpty()) {
            add(new NetworkRecord(newId(), "host", NetworkRecord.HOST, clock.instant(), false, false, false,
                    Map.of(), Map.of(), new IpamJson("default", List.of(), Map.of()), "", List.of(), Map.of()));
        }
        if (store.lookup("bridge").isEmpty()) {
            create(new NetworkCreateJson("bridge", null, NetworkRecord.BRIDGE, null, false, false, false,
                    null, false, Map.of(BRIDGE_NAME_OPTION, defaultBridge), Map.of()));
        }
        for (NetworkRecord r : store.all()) {
            if (r.driver().equals(NetworkRecord.BRIDGE)) {
                bringUp(r);
            }
        }
    }

    /** Creates a network as {@code POST /networks/create} asks. */
    public synchronized NetworkRecord create(NetworkCreateJson request) throws IOException {
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty()) {
            throw new NetworkException(NetworkException.Kind.INVALID, "network name is required");
        }
        String driver = request.driver() == null || request.driver().isEmpty() ? NetworkRecord.BRIDGE
                : request.driver();
        if (driver.equals(NetworkRecord.HOST) || driver.equals(NetworkRecord.NULL)) {
            throw new NetworkException(NetworkException.Kind.FORBIDDEN,
                    "only one instance of \"" + driver + "\" network is allowed");
        }
        if (!driver.equals(NetworkRecord.BRIDGE)) {
            throw new NetworkException(NetworkException.Kind.INVALID, "plugin \"" + driver
                    + "\" not found: jcompose's engine has the bridge driver only");
        }
        if (store.lookup(name).filter(r -> r.name().equals(name)).isPresent()) {
            throw new NetworkException(NetworkException.Kind.CONFLICT, "network with name " + name
                    + " already exists");
        }
        String id = newId();
        Map<String, String> options = request.options() == null ? Map.of() : request.options();
        String bridge = options.getOrDefault(BRIDGE_NAME_OPTION, "jc-" + id.substring(0, 12));
        List<AddressAllocator> own = allocate(request);
        NetworkRecord record = new NetworkRecord(id, name, driver, clock.instant(),
                Boolean.TRUE.equals(request.internal()), Boolean.TRUE.equals(request.attachable()),
                Boolean.TRUE.equals(request.enableIpv6()), options, request.labels(), request.ipam(), bridge,
                own.stream().map(AddressAllocator::state).toList(), Map.of());
        try {
            add(record);
            allocators.put(id, own);
            bringUp(record);
            hooks.networkCreated(record);
            return record;
        } catch (IOException | RuntimeException e) {
            undoCreate(record, own);
            throw e;
        }
    }

    private void add(NetworkRecord record) throws IOException {
        store.add(record);
    }

    /** One allocator per subnet: those asked in {@code IPAM.Config}, else one IPv4 subnet from the pools. */
    private List<AddressAllocator> allocate(NetworkCreateJson request) throws IOException {
        List<AddressAllocator> own = new ArrayList<>();
        List<IpamJson.Config> configs = request.ipam() == null || request.ipam().config() == null ? List.of()
                : request.ipam().config();
        try {
            for (IpamJson.Config c : configs) {
                if (c.subnet() == null || c.subnet().isEmpty()) {
                    continue;
                }
                SubnetRequest asked = SubnetRequest.parse(c.subnet(), c.ipRange(), c.gateway());
                subnets.reserve(asked.subnet());
                own.add(AddressAllocator.create(asked));
            }
            if (own.stream().noneMatch(a -> !a.subnet().isIpv6())) {
                own.add(AddressAllocator.create(SubnetRequest.of(subnets.allocate(false))));
            }
            if (Boolean.TRUE.equals(request.enableIpv6()) && own.stream().noneMatch(a -> a.subnet().isIpv6())) {
                own.add(AddressAllocator.create(SubnetRequest.of(subnets.allocate(true))));
            }
            return own;
        } catch (IpamException | IllegalArgumentException e) {
            own.forEach(a -> subnets.release(a.subnet().network()));
            throw new NetworkException(NetworkException.Kind.INVALID, e.getMessage());
        }
    }

    private void bringUp(NetworkRecord record) throws IOException {
        List<Cidr> gateways = allocators.getOrDefault(record.id(), List.of()).stream()
                .map(a -> Cidr.of(a.gateway(), a.subnet().prefixLength())).toList();
        links.createBridge(record.bridge(), gateways, mtu(record)); // forwarding: the firewall's ensureBase
    }

    private void undoCreate(NetworkRecord record, List<AddressAllocator> own) {
        try {
            links.deleteBridge(record.bridge());
            store.remove(record.id());
        } catch (IOException | RuntimeException e) {
            LOG.warn("undoing the creation of network {} failed: {}", record.name(), e.getMessage());
        }
        allocators.remove(record.id());
        own.forEach(a -> subnets.release(a.subnet().network()));
    }

    /** Removes a network; refused for predefined ones and while containers are on it, as docker does. */
    public synchronized void remove(String idOrName) throws IOException {
        NetworkRecord r = store.find(idOrName);
        if (r.predefined()) {
            throw new NetworkException(NetworkException.Kind.FORBIDDEN,
                    r.name() + " is a pre-defined network and cannot be removed");
        }
        if (!r.endpoints().isEmpty()) {
            throw new NetworkException(NetworkException.Kind.FORBIDDEN, "error while removing network: network "
                    + r.name() + " id " + r.id() + " has active endpoints");
        }
        hooks.networkRemoved(r);
        links.deleteBridge(r.bridge());
        store.remove(r.id());
        for (AddressAllocator a : allocators.getOrDefault(r.id(), List.of())) {
            subnets.release(a.subnet().network());
        }
        allocators.remove(r.id());
    }

    @Override
    public synchronized Connected connect(ContainerRecord container) throws IOException {
        String mode = container.hostConfig().networkMode();
        if (mode != null && mode.startsWith("container:")) {
            return joinOther(mode.substring("container:".length()));
        }
        Map<String, EndpointSettingsJson> wanted = wantedNetworks(container);
        if (wanted.isEmpty()) {
            return Connected.NOTHING;
        }
        String namespace = LinkNames.namespaceName("jc-" + container.id().shortId());
        Path path = links.createNamespace(namespace);
        List<String> hosts = new ArrayList<>();
        List<String> nameservers = new ArrayList<>();
        int index = 0;
        try {
            for (var e : wanted.entrySet()) {
                NetworkRecord net = store.find(e.getKey());
                EndpointRecord endpoint = attach(container, net, namespace, index++, index == 1, e.getValue());
                if (index == 1) {
                    endpoint = publish(container, store.find(net.id()), endpoint);
                }
                hosts.add(endpoint.ipv4Address() + "\t" + hostname(container));
                if (net.serviceDiscovery() && !net.subnets().isEmpty()) {
                    nameservers.add(net.subnets().getFirst().gateway());
                }
            }
        } catch (IOException | RuntimeException ex) {
            disconnect(container);
            throw ex;
        }
        return new Connected(Optional.of(path), hosts, nameservers);
    }

    /**
     * {@code NetworkMode: container:NAME} (compose's {@code network_mode: service:x}): the other container's
     * network namespace, which it must be running to have; its name servers too.
     */
    private Connected joinOther(String idOrName) throws IOException {
        ContainerRecord other = containerLookup.apply(idOrName).orElseThrow(() -> new NetworkException(
                NetworkException.Kind.NOT_FOUND, "No such container: " + idOrName));
        if (!other.state().status().isAlive()) {
            throw new NetworkException(NetworkException.Kind.INVALID, "cannot join network namespace of a non running"
                    + " container: container " + other.id() + " is " + other.state().status().apiName());
        }
        String namespace = LinkNames.namespaceName("jc-" + other.id().shortId());
        if (!links.namespaceExists(namespace)) {
            throw new NetworkException(NetworkException.Kind.INVALID, "container " + other.name()
                    + " has no network namespace of its own to share (network mode host or none)");
        }
        List<String> nameservers = new ArrayList<>();
        for (NetworkRecord net : store.all()) {
            if (net.endpoints().containsKey(other.id().hex()) && net.serviceDiscovery() && !net.subnets().isEmpty()) {
                nameservers.add(net.subnets().getFirst().gateway());
            }
        }
        return new Connected(Optional.of(LinkManager.namespacePath(namespace)), List.of(), nameservers);
    }

    /** How {@code container:NAME} network modes find the other container (set by the engine). */
    public void containerLookup(java.util.function.Function<String, Optional<ContainerRecord>> lookup) {
        this.containerLookup = lookup;
    }

    private EndpointRecord attach(ContainerRecord container, NetworkRecord net, String namespace, int index,
            boolean first, EndpointSettingsJson settings) throws IOException {
        AddressAllocator v4 = allocators.get(net.id()).stream().filter(a -> !a.subnet().isIpv6()).findFirst()
                .orElseThrow(() -> new NetworkException(NetworkException.Kind.FAILED,
                        "network " + net.name() + " has no IPv4 subnet"));
        InetAddress address;
        try {
            String asked = settings == null || settings.ipamConfig() == null ? null
                    : settings.ipamConfig().ipv4Address();
            address = asked == null || asked.isEmpty() ? v4.allocate() : v4.allocate(Cidr.address(asked, asked));
        } catch (IpamException | IllegalArgumentException e) {
            throw new NetworkException(NetworkException.Kind.INVALID, e.getMessage());
        }
        Cidr cidr = Cidr.of(address, v4.subnet().prefixLength());
        Endpoint endpoint = Endpoint.of(net.bridge(), namespace, LinkNames.containerInterface(index), cidr,
                v4.gateway()).withDefaultRoute(first && !net.internal()).withMtu(mtu(net));
        Attachment attachment;
        try {
            attachment = links.attach(endpoint);
        } catch (IOException | RuntimeException e) {
            v4.release(address);
            throw e;
        }
        Set<String> names = new LinkedHashSet<>();
        names.add(container.name().value());
        if (settings != null && settings.aliases() != null) {
            names.addAll(settings.aliases());
        }
        names.add(container.id().shortId());
        EndpointRecord record = new EndpointRecord(container.id().hex(), container.name().value(), newId(),
                cidr.toString(), "", attachment.mac().toString(), attachment.interfaceName(), attachment.hostVeth(),
                namespace, List.copyOf(names), List.of());
        NetworkRecord updated = net.withEndpoint(container.id().hex(), record)
                .withSubnets(allocators.get(net.id()).stream().map(AddressAllocator::state).toList());
        store.update(updated);
        hooks.endpointAdded(updated, record);
        return record;
    }

    /**
     * {@code POST /networks/{id}/connect}: the container joins the network from its next start, and at once if it
     * runs (a new interface in its namespace).
     */
    public synchronized void connect(Containers containers, ContainerRecord container, NetworkRecord net,
            EndpointSettingsJson settings) throws IOException {
        if (net.driver().equals(NetworkRecord.HOST) || net.driver().equals(NetworkRecord.NULL)) {
            throw new NetworkException(NetworkException.Kind.FORBIDDEN, "container cannot be disconnected from "
                    + "host network or connected to host network");
        }
        if (wantedNetworks(container).keySet().stream().anyMatch(n -> store.lookup(n).map(NetworkRecord::id)
                .filter(net.id()::equals).isPresent())) {
            throw new NetworkException(NetworkException.Kind.FORBIDDEN, "endpoint with name "
                    + container.name() + " already exists in network " + net.name());
        }
        ContainerRecord updated = containers.setEndpoint(container.id().hex(), net.name(),
                settings == null ? new EndpointSettingsJson(null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null) : settings);
        if (updated.state().status().isAlive()) {
            long existing = store.all().stream().filter(n -> n.endpoints().containsKey(container.id().hex()))
                    .count();
            String namespace = LinkNames.namespaceName("jc-" + container.id().shortId());
            attach(updated, net, namespace, (int) existing, existing == 0, settings);
        }
    }

    /** {@code POST /networks/{id}/disconnect}: off the network now and from the next start. */
    public synchronized void disconnect(Containers containers, ContainerRecord container, NetworkRecord net)
            throws IOException {
        boolean wanted = wantedNetworks(container).keySet().stream().anyMatch(n -> store.lookup(n)
                .map(NetworkRecord::id).filter(net.id()::equals).isPresent());
        EndpointRecord e = net.endpoints().get(container.id().hex());
        if (!wanted && e == null) {
            throw new NetworkException(NetworkException.Kind.INVALID, "container " + container.id().hex()
                    + " is not connected to network " + net.name());
        }
        containers.setEndpoint(container.id().hex(), net.name(), null);
        if (e != null) {
            detach(net, e);
        }
    }

    private void detach(NetworkRecord net, EndpointRecord e) throws IOException {
        if (!e.ports().isEmpty()) {
            hooks.unpublish(net, e);
        }
        hooks.endpointRemoved(net, e);
        links.detach(new Attachment(e.hostVeth(), net.bridge(), e.namespace(), e.interfaceName(),
                io.jcompose.network.link.MacAddress.of(e.mac())));
        for (AddressAllocator a : allocators.getOrDefault(net.id(), List.of())) {
            if (!e.ipv4Address().isEmpty() && a.subnet().contains(Cidr.address(e.ipv4Address(), e.ipv4()))) {
                a.release(Cidr.address(e.ipv4Address(), e.ipv4()));
            }
        }
        NetworkRecord now = store.find(net.id());
        store.update(now.withEndpoint(e.containerId(), null)
                .withSubnets(allocators.getOrDefault(net.id(), List.of()).stream().map(AddressAllocator::state)
                        .toList()));
    }

    /** Publishes the container's {@code PortBindings} (and with {@code -P} its exposed ports) on an endpoint. */
    private EndpointRecord publish(ContainerRecord container, NetworkRecord net, EndpointRecord endpoint)
            throws IOException {
        Map<String, List<HostConfigJson.PortBindingJson>> bindings = new LinkedHashMap<>();
        if (container.hostConfig().portBindings() != null) {
            bindings.putAll(container.hostConfig().portBindings());
        }
        if (Boolean.TRUE.equals(container.hostConfig().publishAllPorts()) && container.config().exposedPorts() != null) {
            for (String port : container.config().exposedPorts().keySet()) {
                bindings.putIfAbsent(port, List.of(new HostConfigJson.PortBindingJson("", "")));
            }
        }
        if (bindings.isEmpty()) {
            return endpoint;
        }
        List<EndpointRecord.PublishedPort> published = hooks.publish(net, endpoint, bindings);
        EndpointRecord withPorts = endpoint.withPorts(published);
        store.update(store.find(net.id()).withEndpoint(container.id().hex(), withPorts));
        return withPorts;
    }

    /** The container's published ports as inspect's {@code NetworkSettings.Ports} shows them. */
    @Override
    public Map<String, List<HostConfigJson.PortBindingJson>> ports(ContainerRecord container) {
        Map<String, List<HostConfigJson.PortBindingJson>> out = new LinkedHashMap<>();
        for (NetworkRecord net : store.all()) {
            EndpointRecord e = net.endpoints().get(container.id().hex());
            if (e != null) {
                for (EndpointRecord.PublishedPort p : e.ports()) {
                    out.computeIfAbsent(p.containerPort() + "/" + p.protocol(), k -> new ArrayList<>())
                            .add(new HostConfigJson.PortBindingJson(p.hostIp(), Integer.toString(p.hostPort())));
                }
            }
        }
        return out;
    }

    /** Every bridge network with its endpoints, for the data plane to restore after an engine restart. */
    public synchronized void restore() throws IOException {
        for (NetworkRecord net : store.all()) {
            if (net.driver().equals(NetworkRecord.BRIDGE)) {
                hooks.networkCreated(net);
                for (EndpointRecord e : net.endpoints().values()) {
                    hooks.endpointAdded(net, e);
                    if (!e.ports().isEmpty()) {
                        Map<String, List<HostConfigJson.PortBindingJson>> again = new LinkedHashMap<>();
                        for (EndpointRecord.PublishedPort p : e.ports()) {
                            again.computeIfAbsent(p.containerPort() + "/" + p.protocol(), k -> new ArrayList<>())
                                    .add(new HostConfigJson.PortBindingJson(p.hostIp(),
                                            Integer.toString(p.hostPort())));
                        }
                        hooks.publish(net, e, again);
                    }
                }
            }
        }
    }

    @Override
    public synchronized void disconnect(ContainerRecord container) throws IOException {
        String namespace = LinkNames.namespaceName("jc-" + container.id().shortId());
        IOException failure = null;
        for (NetworkRecord net : store.all()) {
            EndpointRecord e = net.endpoints().get(container.id().hex());
            if (e == null) {
                continue;
            }
            try {
                if (!e.ports().isEmpty()) {
                    hooks.unpublish(net, e);
                }
                hooks.endpointRemoved(net, e);
            } catch (IOException ex) {
                failure = ex;
            }
            for (AddressAllocator a : allocators.getOrDefault(net.id(), List.of())) {
                if (!e.ipv4Address().isEmpty() && a.subnet().contains(Cidr.address(e.ipv4Address(), e.ipv4()))) {
                    a.release(Cidr.address(e.ipv4Address(), e.ipv4()));
                }
            }
            store.update(net.withEndpoint(container.id().hex(), null)
                    .withSubnets(allocators.getOrDefault(net.id(), List.of()).stream()
                            .map(AddressAllocator::state).toList()));
        }
        links.deleteNamespace(namespace); // takes the container ends of the veths (and so the host ends) with it
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public Map<String, EndpointSettingsJson> endpoints(ContainerRecord container) {
        Map<String, EndpointSettingsJson> out = new LinkedHashMap<>();
        for (NetworkRecord net : store.all()) {
            EndpointRecord e = net.endpoints().get(container.id().hex());
            if (e != null) {
                String gateway = net.subnets().isEmpty() ? "" : net.subnets().getFirst().gateway();
                out.put(net.name(), new EndpointSettingsJson(null, null, e.dnsNames(), e.mac(), null, net.id(),
                        e.endpointId(), gateway, e.ipv4Address(), e.ipv4PrefixLength(), "", "", 0, e.dnsNames()));
            }
        }
        return out;
    }

    /**
     * The networks a container asks for: the keys of its {@code EndpointsConfig}, which Containers.create filled
     * from {@code NetworkMode} ({@code default} made {@code bridge}) and connect/disconnect change; none for
     * {@code host}, {@code none} and {@code container:}.
     */
    Map<String, EndpointSettingsJson> wantedNetworks(ContainerRecord container) {
        String mode = container.hostConfig().networkMode();
        if (mode != null && (mode.equals("host") || mode.equals("none") || mode.startsWith("container:"))) {
            return Map.of();
        }
        ContainerCreateJson request = container.request();
        return request.networkingConfig() == null || request.networkingConfig().endpoints() == null ? Map.of()
                : request.networkingConfig().endpoints();
    }

    private static String hostname(ContainerRecord container) {
        String configured = container.config().hostname();
        return configured == null || configured.isEmpty() ? container.id().shortId() : configured;
    }

    private static int mtu(NetworkRecord record) {
        try {
            return Integer.parseInt(record.options().getOrDefault(MTU_OPTION, "1500"));
        } catch (NumberFormatException e) {
            throw new NetworkException(NetworkException.Kind.INVALID, "invalid MTU \""
                    + record.options().get(MTU_OPTION) + "\" in option " + MTU_OPTION);
        }
    }

    private static String newId() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
