package io.jcompose.network.ipam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

class AddressAllocatorTest {

    @Test
    void gatewayIsTheFirstUsableThenAddressesInOrder() {
        AddressAllocator a = allocator("172.18.0.0/16", null, null);
        assertThat(a.gateway().getHostAddress()).isEqualTo("172.18.0.1");
        assertThat(next(a, 3)).containsExactly("172.18.0.2", "172.18.0.3", "172.18.0.4");
        assertThat(a.onSubnet(ip("172.18.0.2"))).hasToString("172.18.0.2/16");
    }

    @Test
    void rangeAndGivenGatewayAreHonoured() {
        AddressAllocator a = allocator("172.28.0.0/16", "172.28.5.0/30", "172.28.5.1");
        assertThat(next(a, 3)).containsExactly("172.28.5.0", "172.28.5.2", "172.28.5.3");
        assertThatThrownBy(a::allocate).isInstanceOf(IpamException.class).hasMessage(
                "no available IPv4 addresses on this network's address pools: 172.28.0.0/16 (ip-range 172.28.5.0/30)");
        assertThat(a.allocate(ip("172.28.9.9")).getHostAddress()).isEqualTo("172.28.9.9");
    }

    @Test
    void aSlash30HoldsTheGatewayAndOneEndpoint() {
        AddressAllocator a = allocator("10.0.0.0/30", null, null);
        assertThat(a.gateway().getHostAddress()).isEqualTo("10.0.0.1");
        assertThat(next(a, 1)).containsExactly("10.0.0.2");
        assertThatThrownBy(a::allocate).isInstanceOf(IpamException.class)
                .hasMessage("no available IPv4 addresses on this network's address pools: 10.0.0.0/30")
                .extracting(e -> ((IpamException) e).reason()).isEqualTo(IpamException.Reason.EXHAUSTED);
        assertThat(a.release(ip("10.0.0.2"))).isTrue();
        assertThat(next(a, 1)).containsExactly("10.0.0.2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0", "10.0.0.1", "10.0.0.255", "10.0.0.7"})
    void staticRequestsForTakenOrReservedAddressesAreRefused(String address) {
        AddressAllocator a = allocator("10.0.0.0/24", null, null);
        a.allocate(ip("10.0.0.7"));
        assertThatThrownBy(() -> a.allocate(ip(address))).isInstanceOf(IpamException.class)
                .hasMessage("Address already in use: " + address);
    }

    @Test
    void staticRequestsOutsideTheSubnetAreRefused() {
        AddressAllocator a = allocator("10.0.0.0/24", null, null);
        assertThatThrownBy(() -> a.allocate(ip("10.0.1.7"))).hasMessage(
                "requested address is out of range: 10.0.1.7 is not in subnet 10.0.0.0/24");
    }

    @Test
    void dynamicAllocationSkipsStaticOnesAndDoesNotReuseAFreedAddressAtOnce() {
        AddressAllocator a = allocator("10.0.0.0/24", null, null);
        a.allocate(ip("10.0.0.3"));
        assertThat(next(a, 2)).containsExactly("10.0.0.2", "10.0.0.4");
        a.release(ip("10.0.0.2"));
        assertThat(next(a, 2)).containsExactly("10.0.0.5", "10.0.0.6");
    }

    @Test
    void roundRobinWrapsAroundTheRange() {
        AddressAllocator a = allocator("10.0.0.0/29", null, null);
        assertThat(next(a, 5)).containsExactly("10.0.0.2", "10.0.0.3", "10.0.0.4", "10.0.0.5", "10.0.0.6");
        a.release(ip("10.0.0.4"));
        a.release(ip("10.0.0.2"));
        assertThat(next(a, 2)).containsExactly("10.0.0.2", "10.0.0.4");
    }

    @Test
    void ipv6Slash64() {
        AddressAllocator a = allocator("fd00:1::/64", null, null);
        assertThat(a.gateway().getHostAddress()).isEqualTo("fd00:1:0:0:0:0:0:1");
        assertThat(next(a, 2)).containsExactly("fd00:1:0:0:0:0:0:2", "fd00:1:0:0:0:0:0:3");
        assertThat(a.allocate(ip("fd00:1::ffff:ffff:ffff:ffff")).getHostAddress())
                .isEqualTo("fd00:1:0:0:ffff:ffff:ffff:ffff");
        assertThatThrownBy(() -> a.allocate(ip("fd00:1::"))).hasMessage("Address already in use: fd00:1:0:0:0:0:0:0");
        assertThat(a.onSubnet(ip("fd00:1::2"))).hasToString("fd00:1:0:0:0:0:0:2/64");
    }

    @Test
    void stateRestoresToTheSameAllocatorAndSurvivesJson() throws Exception {
        AddressAllocator a = allocator("10.0.0.0/24", "10.0.0.0/25", "10.0.0.254");
        next(a, 3);
        a.allocate(ip("10.0.0.200"));
        a.release(ip("10.0.0.2"));
        SubnetState state = a.state();
        assertThat(state).isEqualTo(new SubnetState("10.0.0.0/24", "10.0.0.0/25", "10.0.0.254",
                List.of("10.0.0.1", "10.0.0.3", "10.0.0.200"), "10.0.0.3"));
        JsonMapper json = JsonMapper.builder().build();
        SubnetState back = json.readValue(json.writeValueAsString(state), SubnetState.class);
        assertThat(back).isEqualTo(state);
        AddressAllocator restored = AddressAllocator.restore(back);
        assertThat(next(restored, 1)).isEqualTo(next(a, 1)).containsExactly("10.0.0.4");
        assertThat(restored.state()).isEqualTo(a.state());
        assertThat(AddressAllocator.restore(allocator("10.9.0.0/16", null, null).state()).allocate().getHostAddress())
                .isEqualTo("10.9.0.2");
    }

    @Test
    void seededRandomSequencesNeverHandOutAnAddressTwice() {
        for (long seed = 1; seed <= 40; seed++) {
            Random random = new Random(seed);
            boolean v6 = seed % 4 == 0;
            AddressAllocator a = v6 ? allocator("fd00:9::/120", null, null)
                    : allocator("10.1.0.0/" + (24 + random.nextInt(6)), null, null);
            Set<InetAddress> held = new HashSet<>();
            List<InetAddress> order = new ArrayList<>();
            for (int step = 0; step < 600; step++) {
                int op = random.nextInt(10);
                if (op < 6) {
                    try {
                        InetAddress got = a.allocate();
                        assertThat(held.add(got)).as("seed %d step %d: %s handed out twice", seed, step, got).isTrue();
                        assertThat(got).isNotEqualTo(a.gateway());
                        order.add(got);
                    } catch (IpamException e) {
                        assertThat(e.reason()).isEqualTo(IpamException.Reason.EXHAUSTED);
                    }
                } else if (op < 9 && !order.isEmpty()) {
                    InetAddress gone = order.remove(random.nextInt(order.size()));
                    assertThat(a.release(gone)).isTrue();
                    held.remove(gone);
                } else {
                    InetAddress wanted = a.subnet().addressAt(
                            java.math.BigInteger.valueOf(random.nextInt(a.subnet().size().intValue())));
                    boolean free = !held.contains(wanted) && !wanted.equals(a.gateway());
                    try {
                        a.allocate(wanted);
                        assertThat(held.add(wanted)).isTrue();
                        order.add(wanted);
                    } catch (IpamException e) {
                        assertThat(e.reason()).isEqualTo(IpamException.Reason.CONFLICT);
                        assertThat(free && !reservedEdge(a, wanted)).as("seed %d: %s refused", seed, wanted).isFalse();
                    }
                }
                if (step % 100 == 0) {
                    a = AddressAllocator.restore(a.state());
                }
            }
        }
    }

    private static boolean reservedEdge(AddressAllocator a, InetAddress address) {
        java.math.BigInteger i = a.subnet().indexOf(address);
        return i.signum() == 0 || (!a.subnet().isIpv6() && i.equals(a.subnet().size().subtract(java.math.BigInteger.ONE)));
    }

    private static List<String> next(AddressAllocator a, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(a.allocate().getHostAddress());
        }
        return out;
    }

    private static AddressAllocator allocator(String subnet, String range, String gateway) {
        return AddressAllocator.create(SubnetRequest.parse(subnet, range, gateway));
    }

    private static InetAddress ip(String literal) {
        return Cidr.address(literal, literal);
    }
}
