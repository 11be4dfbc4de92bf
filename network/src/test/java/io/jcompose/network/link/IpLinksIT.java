package io.jcompose.network.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.network.ipam.AddressAllocator;
import io.jcompose.network.ipam.AddressPool;
import io.jcompose.network.ipam.Cidr;
import io.jcompose.network.ipam.ProcHostRoutes;
import io.jcompose.network.ipam.SubnetAllocator;
import io.jcompose.network.ipam.SubnetRequest;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Real bridges, namespaces and veth pairs (root); traffic only between the namespaces and bridge it makes. */
class IpLinksIT {

    private final ProcessIpRunner ip = new ProcessIpRunner();
    private final IpLinks links = new IpLinks();
    private final String tag = "jt-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    private final List<String> namespaces = new ArrayList<>();
    private final List<Attachment> attachments = new ArrayList<>();
    private Cidr subnet;
    private Cidr subnet6;

    @BeforeEach
    void needsRootAndTools() throws IOException {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "needs root to make links");
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/busybox")), "needs /bin/busybox (busybox-static)");
        Assumptions.assumeTrue(ip.run(List.of("-V"), "").ok(), "needs iproute2's ip");
        SubnetAllocator subnets = new SubnetAllocator(List.of(AddressPool.of("10.213.0.0/16", 24)),
                List.of(AddressPool.of("fd00:213::/32", 64)), new ProcHostRoutes());
        subnet = subnets.allocate(false);
        subnet6 = subnets.allocate(true);
    }

    @AfterEach
    void removesEverythingAndChecks() throws IOException {
        for (Attachment a : attachments) {
            links.detach(a);
        }
        for (String ns : namespaces) {
            links.deleteNamespace(ns);
        }
        links.deleteBridge(tag);
        String allLinks = ip.run(List.of("-o", "link"), "").stdout();
        assertThat(allLinks).doesNotContain(tag);
        for (Attachment a : attachments) {
            assertThat(allLinks).doesNotContain(a.hostVeth());
        }
        assertThat(ip.run(List.of("netns", "list"), "").stdout()).doesNotContain(tag);
        String prefix = subnet.address().getHostAddress();
        assertThat(ip.run(List.of("-o", "addr"), "").stdout())
                .doesNotContain(prefix.substring(0, prefix.lastIndexOf('.') + 1));
        assertThat(links.bridgeExists(tag)).isFalse();
    }

    @Test
    void twoNamespacesOnABridgeReachEachOtherAndTheGateway() throws IOException, InterruptedException {
        AddressAllocator v4 = AddressAllocator.create(SubnetRequest.of(subnet));
        AddressAllocator v6 = AddressAllocator.create(SubnetRequest.of(subnet6));
        List<Cidr> gateways = List.of(v4.onSubnet(v4.gateway()), v6.onSubnet(v6.gateway()));
        links.createBridge(tag, gateways, 1450);
        links.createBridge(tag, gateways, 1450);
        assertThatThrownBy(() -> links.createBridge(tag, List.of(Cidr.parse("10.213.255.1/24")), 0))
                .hasMessageContaining("bridge " + tag + " already exists with addresses");
        assertThat(links.bridgeExists(tag)).isTrue();

        String a = namespace("a");
        String b = namespace("b");
        Endpoint ea = endpoint(a, v4, v6);
        Endpoint eb = endpoint(b, v4, v6);
        Attachment aa = attach(ea);
        attach(eb);

        assertThat(aa.mac()).isEqualTo(MacAddress.fromIpv4(ea.ipv4().address()));
        assertThat(aa.hostVeth()).matches("veth[0-9a-f]{7}");
        String inside = ip.run(List.of("-n", a, "-o", "addr", "show", "dev", "eth0"), "").stdout();
        assertThat(inside).contains(ea.ipv4().toString());
        assertThat(ip.run(List.of("-n", a, "link", "show", "dev", "eth0"), "").stdout())
                .contains("mtu 1450").contains(aa.mac().value());
        assertThat(ip.run(List.of("-n", a, "route"), "").stdout())
                .contains("default via " + v4.gateway().getHostAddress() + " dev eth0");

        ping(a, eb.ipv4().address(), false);
        ping(a, v4.gateway(), false);
        ping(a, eb.ipv6().address(), true);
    }

    @Test
    void anInternalEndpointHasNoDefaultRouteAndDetachIsIdempotent() throws IOException {
        AddressAllocator v4 = AddressAllocator.create(SubnetRequest.of(subnet));
        links.createBridge(tag, List.of(v4.onSubnet(v4.gateway())), 0);
        String a = namespace("a");
        Attachment att = attach(Endpoint.of(tag, a, "eth1", v4.onSubnet(v4.allocate()), v4.gateway())
                .withDefaultRoute(false));
        assertThat(ip.run(List.of("-n", a, "route"), "").stdout()).doesNotContain("default");
        links.deleteNamespace(a);
        links.detach(att);
        assertThat(ip.run(List.of("-o", "link"), "").stdout()).doesNotContain(att.hostVeth());
    }

    @Test
    void attachToAMissingBridgeFailsCleanly() throws IOException {
        String a = namespace("a");
        Endpoint e = Endpoint.of(tag, a, "eth0", Cidr.parse(subnet.addressAt(java.math.BigInteger.TWO)
                .getHostAddress() + "/24"), null);
        assertThatThrownBy(() -> links.attach(e)).isInstanceOf(LinkException.class)
                .hasMessageContaining("\"ip -batch -\" failed in batch \"link add veth")
                .hasMessageEndingWith(": Error: argument \"" + tag + "\" is wrong: Device does not exist");
    }

    @Test
    void createsANetworkAndAttachesTenEndpoints() throws IOException {
        AddressAllocator v4 = AddressAllocator.create(SubnetRequest.of(subnet));
        long start = System.nanoTime();
        links.createBridge(tag, List.of(v4.onSubnet(v4.gateway())), 0);
        long bridge = System.nanoTime();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            names.add(namespace("n" + i));
        }
        long spaces = System.nanoTime();
        for (String ns : names) {
            attach(Endpoint.of(tag, ns, "eth0", v4.onSubnet(v4.allocate()), v4.gateway()));
        }
        long end = System.nanoTime();
        System.out.printf("BENCH network-attach: bridge %.1f ms, 10 namespaces %.1f ms, 10 attaches %.1f ms "
                        + "(%.1f ms each), total %.1f ms%n", ms(bridge - start), ms(spaces - bridge),
                ms(end - spaces), ms(end - spaces) / 10, ms(end - start));
        assertThat(attachments).hasSize(10);
        assertThat(ip.run(List.of("-o", "link", "show", "master", tag), "").stdout().lines()).hasSize(10);
    }

    private String namespace(String suffix) throws IOException {
        String name = tag + "-" + suffix;
        namespaces.add(name);
        assertThat(links.createNamespace(name)).isEqualTo(Path.of("/run/netns", name));
        return name;
    }

    private Attachment attach(Endpoint e) throws IOException {
        Attachment a = links.attach(e);
        attachments.add(a);
        return a;
    }

    private Endpoint endpoint(String ns, AddressAllocator v4, AddressAllocator v6) {
        return Endpoint.of(tag, ns, "eth0", v4.onSubnet(v4.allocate()), v4.gateway())
                .withIpv6(v6.onSubnet(v6.allocate()), v6.gateway()).withMtu(1450);
    }

    private static void ping(String ns, InetAddress target, boolean v6) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("ip", "netns", "exec", ns, "/bin/busybox", "ping"));
        if (v6) {
            command.add("-6");
        }
        command.addAll(List.of("-c1", "-W1", target.getHostAddress()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as("%s\n%s", String.join(" ", command), out).isZero();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
