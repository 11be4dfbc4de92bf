package io.jcompose.network.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.network.ipam.Cidr;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class IpLinksTest {

    private final ScriptedIpRunner ip = new ScriptedIpRunner();
    private final IpLinks links = new IpLinks(ip, () -> "veth0000001");

    @Test
    void createsABridgeInOneBatch() throws IOException {
        ip.answer(1, "", "Device \"br-x\" does not exist.\n");
        links.createBridge("br-x", List.of(Cidr.parse("172.18.0.1/16"), Cidr.parse("fd00:1::1/64")), 1400);
        assertThat(ip.calls).extracting(ScriptedIpRunner.Call::args)
                .containsExactly("-o -d link show dev br-x", "-batch -");
        assertThat(ip.calls.get(1).stdin()).isEqualTo("""
                link add name br-x mtu 1400 address 02:42:ac:12:00:01 type bridge
                addr add 172.18.0.1/16 brd + dev br-x
                addr add fd00:1:0:0:0:0:0:1/64 dev br-x nodad
                link set br-x up
                """);
    }

    @Test
    void anExistingBridgeWithTheSameAddressesIsLeftAlone() throws IOException {
        ip.answer(0, "7: br-x: <BROADCAST> mtu 1500 \\    bridge forward_delay 1500 hello_time 200\n", "")
                .answer(0, """
                        7: br-x    inet 172.18.0.1/16 brd 172.18.255.255 scope global br-x\\       valid_lft forever
                        7: br-x    inet6 fe80::1/64 scope link \\       valid_lft forever preferred_lft forever
                        """, "");
        links.createBridge("br-x", List.of(Cidr.parse("172.18.0.1/16")), 0);
        assertThat(ip.calls).hasSize(2);
    }

    @Test
    void anExistingBridgeWithOtherAddressesIsAnError() {
        ip.answer(0, "7: br-x: <BROADCAST> mtu 1500 \\    bridge forward_delay 1500\n", "")
                .answer(0, "7: br-x    inet 172.19.0.1/16 brd 172.19.255.255 scope global br-x\n", "");
        assertThatThrownBy(() -> links.createBridge("br-x", List.of(Cidr.parse("172.18.0.1/16")), 0))
                .isInstanceOf(LinkException.class)
                .hasMessage("bridge br-x already exists with addresses [172.19.0.1/16], not [172.18.0.1/16]");
    }

    @Test
    void attachRunsOneBatchOnTheHostAndOneInTheNamespace() throws IOException {
        Endpoint e = Endpoint.of("br-x", "ctr1", "eth0", Cidr.parse("172.18.0.2/16"), addr("172.18.0.1"))
                .withIpv6(Cidr.parse("fd00:1::2/64"), addr("fd00:1::1")).withMtu(1400);
        Attachment a = links.attach(e);
        assertThat(a).isEqualTo(new Attachment("veth0000001", "br-x", "ctr1", "eth0",
                MacAddress.of("02:42:ac:12:00:02")));
        assertThat(ip.calls).extracting(ScriptedIpRunner.Call::args).containsExactly("-batch -", "-n ctr1 -batch -");
        assertThat(ip.calls.get(0).stdin()).isEqualTo("""
                link add veth0000001 mtu 1400 type veth peer name eth0 mtu 1400 address 02:42:ac:12:00:02 netns ctr1
                link set veth0000001 master br-x
                link set veth0000001 up
                """);
        assertThat(ip.calls.get(1).stdin()).isEqualTo("""
                addr add 172.18.0.2/16 brd + dev eth0
                addr add fd00:1:0:0:0:0:0:2/64 dev eth0 nodad
                link set dev eth0 up
                route add default via 172.18.0.1 dev eth0
                route add default via fd00:1:0:0:0:0:0:1 dev eth0
                """);
    }

    @Test
    void internalOrSecondaryNetworksGetNoDefaultRoute() {
        Endpoint e = Endpoint.of("br-x", "ctr1", "eth1", Cidr.parse("10.0.0.2/24"), addr("10.0.0.1"))
                .withDefaultRoute(false);
        assertThat(IpLinks.containerSide(e)).containsExactly("addr add 10.0.0.2/24 brd + dev eth1",
                "link set dev eth1 up");
    }

    @Test
    void aFailedNamespaceStepRemovesTheVethAndQuotesTheLineAndIpsWords() {
        ip.answer(0, "", "").answer(2, "", "Error: Nexthop has invalid gateway.\nCommand failed -:3\n")
                .answer(0, "", "");
        Endpoint e = Endpoint.of("br-x", "ctr1", "eth0", Cidr.parse("10.0.0.2/24"), addr("10.0.1.1"));
        assertThatThrownBy(() -> links.attach(e)).isInstanceOf(LinkException.class).hasMessage(
                "\"ip -n ctr1 -batch -\" failed at line 3 \"route add default via 10.0.1.1 dev eth0\" (exit 2): "
                        + "Error: Nexthop has invalid gateway.");
        assertThat(ip.calls.getLast().args()).isEqualTo("link del veth0000001");
    }

    @Test
    void aFailureWithoutALineNumberQuotesTheWholeBatch() {
        ip.answer(255, "", "Error: argument \"br-x\" is wrong: Device does not exist\n");
        Endpoint e = Endpoint.of("br-x", "ctr1", "eth0", Cidr.parse("10.0.0.2/24"), null);
        assertThatThrownBy(() -> links.attach(e)).hasMessage("\"ip -batch -\" failed in batch \"link add veth0000001"
                + " type veth peer name eth0 address 02:42:0a:00:00:02 netns ctr1; link set veth0000001 master br-x;"
                + " link set veth0000001 up\" (exit 255): Error: argument \"br-x\" is wrong: Device does not exist");
    }

    @Test
    void removalsAreIdempotent() throws IOException {
        ip.answer(1, "", "Cannot find device \"veth0000001\"\n")
                .answer(1, "", "Cannot remove namespace file \"/run/netns/ctr1\": No such file or directory\n")
                .answer(1, "", "Cannot find device \"br-x\"\n");
        links.detach(new Attachment("veth0000001", "br-x", "ctr1", "eth0", MacAddress.of("02:42:0a:00:00:02")));
        links.deleteNamespace("ctr1");
        links.deleteBridge("br-x");
        assertThat(ip.calls).extracting(ScriptedIpRunner.Call::args)
                .containsExactly("link del veth0000001", "netns del ctr1", "link del br-x");
    }

    @Test
    void otherFailuresQuoteTheCommand() {
        ip.answer(1, "", "RTNETLINK answers: Operation not permitted\n");
        assertThatThrownBy(() -> links.deleteBridge("br-x")).hasMessage(
                "\"ip link del br-x\" failed (exit 1): RTNETLINK answers: Operation not permitted");
    }

    @Test
    void namespacesAreCreatedWithLoopbackUp() throws IOException {
        ip.answer(1, "", "Cannot create namespace file \"/run/netns/ctr1\": File exists\n");
        assertThat(links.createNamespace("ctr1")).hasToString("/run/netns/ctr1");
        assertThat(ip.calls).extracting(ScriptedIpRunner.Call::args)
                .containsExactly("netns add ctr1", "-n ctr1 link set lo up");
    }

    private static java.net.InetAddress addr(String literal) {
        return Cidr.address(literal, literal);
    }
}
