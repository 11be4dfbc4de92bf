package io.jcompose.runtime.engine;

import io.jcompose.network.firewall.CommandRunner;
import io.jcompose.network.firewall.IptablesFirewall;
import io.jcompose.network.firewall.PortPublisher;
import io.jcompose.network.ipam.Cidr;
import io.jcompose.network.ipam.ProcHostRoutes;
import io.jcompose.network.ipam.SubnetAllocator;
import io.jcompose.runtime.container.ResolvConf;
import io.jcompose.network.link.IpLinks;
import io.jcompose.network.link.ProcSysctl;
import io.jcompose.runtime.network.NetworkDataPlane;
import io.jcompose.runtime.network.NetworkRecord;
import io.jcompose.runtime.network.NetworkStore;
import io.jcompose.runtime.network.Networks;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine's networks with their data plane (bridges, firewall chains, DNS servers, port proxies). The engine
 * at the default state directory uses docker-like names ({@code jcompose0}, chains {@code JCOMPOSE-*}); one on
 * another state directory (tests, a second engine) gets names of its own, so two engines never share a bridge
 * or a chain.
 */
public final class EngineNetworking implements AutoCloseable {

    private static final String FORWARDING = "net.ipv4.ip_forward";

    private final Networks networks;
    private final NetworkDataPlane dataPlane;
    private final IptablesFirewall firewall;
    private final IpLinks links;
    private final boolean ephemeral;
    private final ProcSysctl sysctl;
    private final Path forwardingBefore;

    private EngineNetworking(Networks networks, NetworkDataPlane dataPlane, IptablesFirewall firewall,
            IpLinks links, boolean ephemeral, ProcSysctl sysctl, Path forwardingBefore) {
        this.sysctl = sysctl;
        this.forwardingBefore = forwardingBefore;
        this.networks = networks;
        this.dataPlane = dataPlane;
        this.firewall = firewall;
        this.links = links;
        this.ephemeral = ephemeral;
    }

    /**
     * Opens the networks under {@code state}, replays their data plane and makes the predefined ones; empty when
     * the engine does not run as root (it can run no container then either).
     */
    public static java.util.Optional<EngineNetworking> open(Path state, io.jcompose.runtime.events.EventLog events)
            throws IOException {
        if (!isRoot()) {
            org.slf4j.LoggerFactory.getLogger(EngineNetworking.class)
                    .warn("not running as root: networks are off (containers need root too)");
            return java.util.Optional.empty();
        }
        boolean standard = EngineNames.standard(state);
        String tag = EngineNames.tag(state);
        String chains = standard ? "JCOMPOSE" : "JC" + tag.toUpperCase(java.util.Locale.ROOT);
        ProcSysctl sysctl = new ProcSysctl();
        // the value before the first start of this engine's networking, kept across restarts of the engine
        Path saved = state.resolve("ip-forward-before");
        if (!Files.exists(saved)) {
            io.jcompose.runtime.image.store.AtomicFiles.write(saved,
                    sysctl.get(FORWARDING).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        IptablesFirewall firewall = new IptablesFirewall(CommandRunner.processes(), sysctl, chains);
        NetworkDataPlane dataPlane = new NetworkDataPlane(firewall, PortPublisher.system(firewall),
                upstreams(), 53);
        IpLinks links = new IpLinks();
        Networks networks = new Networks(NetworkStore.open(state),
                SubnetAllocator.withDefaults(new ProcHostRoutes()), links, Clock.systemUTC(),
                standard ? "jcompose0" : "jc0-" + tag);
        networks.hooks(io.jcompose.runtime.network.NetworkHooks.both(dataPlane,
                new io.jcompose.runtime.network.NetworkEvents(events, Clock.systemUTC())));
        networks.ensurePredefined();
        networks.restore();
        return java.util.Optional.of(new EngineNetworking(networks, dataPlane, firewall, links, !standard, sysctl,
                saved));
    }

    /**
     * Whether this engine's bridges and chains go when it stops with nothing running: those of an engine on its
     * own state directory (tests, a second engine) do; the standard engine's stay, as docker0 does.
     */
    public boolean ephemeral() {
        return ephemeral;
    }

    public Networks networks() {
        return networks;
    }

    /** Stops this process's DNS servers and port proxies; bridges and rules stay for the next engine. */
    @Override
    public void close() {
        dataPlane.close();
    }

    /**
     * Takes everything of this engine's networking off the host (bridges, chains): for tests and uninstalling;
     * only once no container runs.
     */
    public void removeFromHost() throws IOException {
        dataPlane.close();
        for (NetworkRecord r : networks.store().all()) {
            if (r.driver().equals(NetworkRecord.BRIDGE)) {
                for (var s : r.subnets()) {
                    firewall.removeNetwork(r.bridge(), Cidr.parse(s.subnet()).network(), r.internal(), true);
                }
                links.deleteBridge(r.bridge());
            }
        }
        firewall.removeBase();
        if (!anyEngineBridge() && Files.exists(forwardingBefore)) {
            // the host as this engine found it, if no other engine's bridge is left
            sysctl.set(FORWARDING, Files.readString(forwardingBefore).strip());
            Files.delete(forwardingBefore);
        }
    }

    /** Whether a bridge of any jcompose engine ({@code jcompose0}, {@code jc0-TAG}) is still on the host. */
    private static boolean anyEngineBridge() throws IOException {
        try (var links = Files.list(Path.of("/sys/class/net"))) {
            return links.map(l -> l.getFileName().toString())
                    .anyMatch(n -> n.equals("jcompose0") || n.startsWith("jc0-"));
        }
    }

    private static boolean isRoot() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:")) {
                    return line.split("\\s+")[1].equals("0");
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    /**
     * Where the embedded DNS forwards names no network knows: the host's resolvers, or the comma-separated
     * addresses in the system property {@code jcompose.dns.upstreams} (empty: nowhere; tests use that so that no
     * query ever leaves the machine).
     */
    static List<InetSocketAddress> upstreams() throws IOException {
        String configured = System.getProperty("jcompose.dns.upstreams");
        if (configured == null) {
            return hostResolvers(Path.of("/etc/resolv.conf"));
        }
        List<InetSocketAddress> out = new ArrayList<>();
        for (String address : configured.split(",")) {
            if (!address.isBlank()) {
                out.add(new InetSocketAddress(Cidr.address(address.strip(), "jcompose.dns.upstreams"), 53));
            }
        }
        return out;
    }

    /** The host's name servers, to which the embedded DNS forwards names no network knows. */
    static List<InetSocketAddress> hostResolvers(Path resolvConf) throws IOException {
        List<InetSocketAddress> out = new ArrayList<>();
        for (String server : ResolvConf.read(resolvConf).nameservers()) {
            try {
                out.add(new InetSocketAddress(Cidr.address(server, resolvConf.toString()), 53));
            } catch (IllegalArgumentException e) {
                // a scoped IPv6 address or junk: skip it, as resolvers do
            }
        }
        return out;
    }
}
