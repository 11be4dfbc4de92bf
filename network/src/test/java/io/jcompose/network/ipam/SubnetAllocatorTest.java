package io.jcompose.network.ipam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubnetAllocatorTest {

    /** Pools ("base:size" separated by spaces, "docker" for the defaults), used subnets, host routes, expected. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "docker              | -                            | -                          | 172.17.0.0/16",
            "docker              | 172.17.0.0/16                | -                          | 172.18.0.0/16",
            "docker              | 172.17.0.0/16 172.19.0.0/16  | 172.18.5.0/24              | 172.20.0.0/16",
            "docker              | -                            | 172.16.0.0/12              | 192.168.0.0/20",
            "docker              | -                            | 172.16.0.0/12 192.168.0.0/20 | 192.168.16.0/20",
            "docker              | -                            | 172.0.0.0/8 192.168.0.0/16 | -",
            "docker              | 172.17.0.0/24                | 10.0.0.0/8                 | 172.18.0.0/16",
            "10.10.0.0/16:24     | 10.10.0.0/24 10.10.2.0/24    | 10.10.1.128/25             | 10.10.3.0/24",
            "10.10.0.0/16:24     | 10.10.0.0/17                 | -                          | 10.10.128.0/24",
            "10.10.0.0/30:30 10.20.0.0/16:24 | 10.10.0.0/30     | -                          | 10.20.0.0/24",
            "10.10.0.0/24:28     | -                            | 10.10.0.1/32 10.10.0.18/32 | 10.10.0.32/28"})
    void ipv4(String pools, String used, String routes, String expected) throws IOException {
        SubnetAllocator allocator = new SubnetAllocator(pools(pools), AddressPool.ipv6Defaults(),
                new FakeHostRoutes(list(routes).toArray(String[]::new)));
        list(used).forEach(u -> allocator.markInUse(Cidr.parse(u)));
        if (expected == null) {
            assertThatThrownBy(() -> allocator.allocate(false)).isInstanceOf(IpamException.class).hasMessage(
                    "could not find an available, non-overlapping IPv4 address pool among the defaults to assign "
                            + "to the network");
        } else {
            assertThat(allocator.allocate(false)).hasToString(expected);
            assertThat(allocator.inUse()).contains(Cidr.parse(expected));
        }
    }

    @Test
    void successiveAllocationsTakeSuccessiveSubnetsAndReleaseGivesThemBack() throws IOException {
        SubnetAllocator allocator = SubnetAllocator.withDefaults(new FakeHostRoutes());
        assertThat(allocator.allocate(false)).hasToString("172.17.0.0/16");
        assertThat(allocator.allocate(false)).hasToString("172.18.0.0/16");
        assertThat(allocator.release(Cidr.parse("172.17.0.0/16"))).isTrue();
        assertThat(allocator.allocate(false)).hasToString("172.17.0.0/16");
        assertThat(allocator.allocate(false)).hasToString("172.19.0.0/16");
    }

    @Test
    void ipv6SkipsTheHostsRoutesAndAHugeRouteDoesNotMeanAHugeLoop() throws IOException {
        FakeHostRoutes routes = new FakeHostRoutes("fd00::/64", "fe80::/64", "10.0.0.0/8");
        SubnetAllocator allocator = SubnetAllocator.withDefaults(routes);
        assertThat(allocator.allocate(true)).hasToString("fd00:0:0:1:0:0:0:0/64");
        assertThat(allocator.allocate(true)).hasToString("fd00:0:0:2:0:0:0:0/64");
        routes.add("fd00::/8");
        assertThatThrownBy(() -> allocator.allocate(true)).hasMessage(
                "could not find an available, non-overlapping IPv6 address pool among the defaults to assign "
                        + "to the network");
    }

    @Test
    void explicitSubnetsIgnoreHostRoutesButNotOurNetworks() throws IOException {
        SubnetAllocator allocator = SubnetAllocator.withDefaults(new FakeHostRoutes("10.5.0.0/16"));
        assertThat(allocator.reserve(Cidr.parse("10.5.1.0/24"))).hasToString("10.5.1.0/24");
        assertThatThrownBy(() -> allocator.reserve(Cidr.parse("10.5.0.0/16")))
                .isInstanceOf(IpamException.class)
                .hasMessage("Pool overlaps with other one on this address space: 10.5.0.0/16 overlaps 10.5.1.0/24")
                .extracting(e -> ((IpamException) e).reason()).isEqualTo(IpamException.Reason.CONFLICT);
        assertThat(allocator.reserve(Cidr.parse("fd00:5::/64"))).hasToString("fd00:5:0:0:0:0:0:0/64");
        allocator.reserve(Cidr.parse("172.17.0.0/24"));
        assertThat(allocator.allocate(false)).hasToString("172.18.0.0/16");
    }

    private static List<AddressPool> pools(String spec) {
        if (spec.equals("docker")) {
            return AddressPool.dockerDefaults();
        }
        return list(spec).stream().map(p -> p.split(":(?=\\d+$)"))
                .map(p -> AddressPool.of(p[0], Integer.parseInt(p[1]))).toList();
    }

    private static List<String> list(String spaced) {
        return spaced == null ? List.of() : Arrays.asList(spaced.trim().split("\\s+"));
    }
}
