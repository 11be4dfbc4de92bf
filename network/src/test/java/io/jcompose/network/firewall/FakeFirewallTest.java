package io.jcompose.network.firewall;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.network.ipam.Cidr;
import io.jcompose.network.ports.PortMapping;
import io.jcompose.network.ports.Protocol;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FakeFirewallTest {

    static final List<String> BASE = List.of(
            "filter -A FORWARD -j JCOMPOSE-FORWARD",
            "filter -A JCOMPOSE-FORWARD -j JCOMPOSE-ISOLATION-1",
            "filter -A JCOMPOSE-FORWARD -j JCOMPOSE-PORTS",
            "nat -A PREROUTING -m addrtype --dst-type LOCAL -j JCOMPOSE-PREROUTING",
            "nat -A OUTPUT ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j JCOMPOSE-DNAT",
            "nat -A POSTROUTING -j JCOMPOSE-POSTROUTING",
            "nat -A JCOMPOSE-PREROUTING -j JCOMPOSE-DNAT");

    private final FakeFirewall fw = new FakeFirewall();

    @Test
    void baseIsCreatedOnceAndTurnsOnForwarding() {
        fw.ensureBase();
        fw.ensureBase();
        assertThat(fw.rules()).containsExactlyElementsOf(BASE);
        assertThat(fw.chains()).containsExactly("filter JCOMPOSE-FORWARD", "filter JCOMPOSE-ISOLATION-1",
                "filter JCOMPOSE-ISOLATION-2", "filter JCOMPOSE-PORTS", "nat JCOMPOSE-PREROUTING",
                "nat JCOMPOSE-DNAT", "nat JCOMPOSE-POSTROUTING");
        assertThat(fw.forwarding()).containsExactly("net.ipv4.ip_forward");
    }

    @Test
    void aNetworkMasqueradesForwardsAndIsolates() {
        fw.ensureBase();
        fw.addNetwork("br-a", Cidr.parse("172.18.0.0/16"), false, true);
        fw.addNetwork("br-a", Cidr.parse("172.18.0.0/16"), false, true);
        assertThat(fw.rules()).containsExactly(
                "filter -A FORWARD -j JCOMPOSE-FORWARD",
                "filter -A JCOMPOSE-FORWARD -j JCOMPOSE-ISOLATION-1",
                "filter -A JCOMPOSE-FORWARD -j JCOMPOSE-PORTS",
                "filter -A JCOMPOSE-FORWARD -o br-a -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT",
                "filter -A JCOMPOSE-FORWARD -i br-a ! -o br-a -j ACCEPT",
                "filter -A JCOMPOSE-FORWARD -i br-a -o br-a -j ACCEPT",
                "filter -A JCOMPOSE-FORWARD -o br-a -j DROP",
                "filter -A JCOMPOSE-ISOLATION-1 -i br-a ! -o br-a -j JCOMPOSE-ISOLATION-2",
                "filter -A JCOMPOSE-ISOLATION-2 -o br-a -j DROP",
                "nat -A PREROUTING -m addrtype --dst-type LOCAL -j JCOMPOSE-PREROUTING",
                "nat -A OUTPUT ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j JCOMPOSE-DNAT",
                "nat -A POSTROUTING -j JCOMPOSE-POSTROUTING",
                "nat -A JCOMPOSE-PREROUTING -i br-a -j RETURN",
                "nat -A JCOMPOSE-PREROUTING -j JCOMPOSE-DNAT",
                "nat -A JCOMPOSE-POSTROUTING -s 172.18.0.0/16 ! -o br-a -j MASQUERADE");
    }

    @Test
    void anInternalNetworkWithoutIccHasNoWayOut() {
        fw.ensureBase();
        fw.addNetwork("br-i", Cidr.parse("10.9.8.7/24"), true, false);
        assertThat(fw.rules()).containsExactly(
                "filter -A FORWARD -j JCOMPOSE-FORWARD",
                "filter -A JCOMPOSE-FORWARD -j JCOMPOSE-ISOLATION-1",
                "filter -A JCOMPOSE-FORWARD -j JCOMPOSE-PORTS",
                "filter -A JCOMPOSE-FORWARD -i br-i -o br-i -j DROP",
                "filter -A JCOMPOSE-FORWARD -o br-i -j DROP",
                "filter -A JCOMPOSE-ISOLATION-1 -i br-i ! -o br-i -j DROP",
                "filter -A JCOMPOSE-ISOLATION-1 ! -i br-i -o br-i -j DROP",
                "nat -A PREROUTING -m addrtype --dst-type LOCAL -j JCOMPOSE-PREROUTING",
                "nat -A OUTPUT ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j JCOMPOSE-DNAT",
                "nat -A POSTROUTING -j JCOMPOSE-POSTROUTING",
                "nat -A JCOMPOSE-PREROUTING -i br-i -j RETURN",
                "nat -A JCOMPOSE-PREROUTING -j JCOMPOSE-DNAT");
    }

    @Test
    void aPublishedPortIsDnatAndAccept() {
        fw.ensureBase();
        PortMapping any = mapping(Protocol.TCP, "0.0.0.0", 8080, "172.18.0.2", 80);
        PortMapping one = mapping(Protocol.UDP, "192.0.2.2", 5353, "172.18.0.2", 53);
        fw.publish("br-a", any);
        fw.publish("br-a", one);
        List<String> expected = new ArrayList<>(BASE);
        expected.add(2 + 1, "filter -A JCOMPOSE-PORTS -d 172.18.0.2/32 ! -i br-a -o br-a -p tcp -m tcp --dport 80"
                + " -m comment --comment \"0.0.0.0:8080->172.18.0.2:80/tcp\" -j ACCEPT");
        expected.add(2 + 2, "filter -A JCOMPOSE-PORTS -d 172.18.0.2/32 ! -i br-a -o br-a -p udp -m udp --dport 53"
                + " -m comment --comment \"192.0.2.2:5353->172.18.0.2:53/udp\" -j ACCEPT");
        expected.add("nat -A JCOMPOSE-DNAT -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.18.0.2:80");
        expected.add("nat -A JCOMPOSE-DNAT -d 192.0.2.2/32 -p udp -m udp --dport 5353 -j DNAT"
                + " --to-destination 172.18.0.2:53");
        assertThat(fw.rules()).containsExactlyElementsOf(expected);
    }

    @Test
    void loopbackAndCrossFamilyPortsNeedOnlyTheProxy() {
        fw.ensureBase();
        fw.publish("br-a", mapping(Protocol.TCP, "127.0.0.1", 8080, "172.18.0.2", 80));
        fw.publish("br-a", mapping(Protocol.TCP, "::", 8080, "172.18.0.2", 80));
        assertThat(fw.rules()).containsExactlyElementsOf(BASE);
    }

    @Test
    void ipv6NetworksAndPortsGoToIp6tables() {
        fw.ensureBase();
        fw.addNetwork("br-6", Cidr.parse("fd00:1::/64"), false, true);
        fw.publish("br-6", mapping(Protocol.TCP, "::", 8080, "fd00:1::2", 80));
        assertThat(fw.forwarding()).containsExactlyInAnyOrder("net.ipv4.ip_forward", "net.ipv6.conf.all.forwarding");
        assertThat(fw.rules()).contains(
                "ip6 nat -A OUTPUT ! -d ::1/128 -m addrtype --dst-type LOCAL -j JCOMPOSE-DNAT",
                "ip6 nat -A JCOMPOSE-POSTROUTING -s fd00:1::/64 ! -o br-6 -j MASQUERADE",
                "ip6 nat -A JCOMPOSE-DNAT -p tcp -m tcp --dport 8080 -j DNAT --to-destination [fd00:1::2]:80",
                "ip6 filter -A JCOMPOSE-PORTS -d fd00:1::2/128 ! -i br-6 -o br-6 -p tcp -m tcp --dport 80"
                        + " -m comment --comment \"[::]:8080->[fd00:1::2]:80/tcp\" -j ACCEPT");
    }

    @Test
    void removalLeavesExactlyTheBaseAndRemovingTheBaseLeavesNothing() {
        fw.ensureBase();
        fw.addNetwork("br-a", Cidr.parse("172.18.0.0/16"), false, true);
        fw.addNetwork("br-b", Cidr.parse("172.19.0.0/16"), true, true);
        PortMapping m = mapping(Protocol.TCP, "0.0.0.0", 8080, "172.18.0.2", 80);
        fw.publish("br-a", m);
        fw.unpublish("br-a", m);
        fw.removeNetwork("br-a", Cidr.parse("172.18.0.0/16"), false, true);
        fw.removeNetwork("br-b", Cidr.parse("172.19.0.0/16"), true, true);
        fw.removeNetwork("br-b", Cidr.parse("172.19.0.0/16"), true, true);
        assertThat(fw.rules()).containsExactlyElementsOf(BASE);
        fw.removeBase();
        assertThat(fw.rules()).isEmpty();
        assertThat(fw.chains()).isEmpty();
    }

    static PortMapping mapping(Protocol p, String hostIp, int hostPort, String containerIp, int containerPort) {
        return new PortMapping(p, Cidr.address(hostIp, hostIp), hostPort, Cidr.address(containerIp, containerIp),
                containerPort);
    }
}
