package io.jcompose.cli.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.engine.api.json.IpamJson.Config;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The values behind {@code network create} and {@code ls}: subnets and their ranges, name order, Go's times. */
class NetworkValuesTest {

    private static List<String> l(String... values) {
        return List.of(values);
    }

    @Test
    void rangesAndGatewaysGoToTheSubnetContainingThem() {
        assertThat(IpamFlags.configs(l(), l(), l())).isEmpty();
        assertThat(IpamFlags.configs(l("10.1.0.0/16", "10.2.0.0/16"), l("10.2.3.0/24"), l("10.2.0.1", "10.1.0.1")))
                .containsExactly(new Config("10.1.0.0/16", null, "10.1.0.1", null),
                        new Config("10.2.0.0/16", "10.2.3.0/24", "10.2.0.1", null));
        assertThat(IpamFlags.configs(l("fd00:0:0:1::/64"), l("fd00:0:0:1::8000/112"), l("fd00:0:0:1:0:0:0:1")))
                .containsExactly(new Config("fd00:0:0:1::/64", "fd00:0:0:1::/112", "fd00:0:0:1::1", null));
        assertThat(IpamFlags.configs(l("172.20.0.5/16"), l(), l())).containsExactly(
                new Config("172.20.0.5/16", null, null, null));
    }

    @Test
    void combinationsDockerRefuses() {
        String[][] cases = {
            {"10.1.0.0/16", "", "10.1.0.1,10.1.0.2", "every ip-range or gateway must have a corresponding subnet"},
            {"10.1.0.0/16,10.1.2.0/24", "", "", "multiple overlapping subnet configuration is not supported"},
            {"10.1.0.0/16", "10.2.0.0/24", "", "no matching subnet for range 10.2.0.0/24"},
            {"10.1.0.0/16,10.2.0.0/16", "10.1.1.0/24,10.1.2.0/24", "", "cannot configure multiple ranges "
                    + "(10.1.2.0/24, 10.1.1.0/24) on the same subnet (10.1.0.0/16)"},
            {"10.1.0.0/16,10.2.0.0/16", "", "10.1.0.1,10.1.0.2", "cannot configure multiple gateways "
                    + "(10.1.0.2, 10.1.0.1) for the same subnet (10.1.0.0/16)"},
            {"fd00::/64", "", "10.0.0.1", "no matching subnet for gateway 10.0.0.1"},
        };
        for (String[] c : cases) {
            assertThatThrownBy(() -> IpamFlags.configs(split(c[0]), split(c[1]), split(c[2])))
                    .as(String.join(" ", c)).isInstanceOf(IpamFlags.Refused.class).hasMessage(c[3]);
        }
    }

    @Test
    void badTextNamesItsFlag() {
        assertThatThrownBy(() -> IpamFlags.configs(l("10.0.0.0/33"), l(), l())).isNotInstanceOf(IpamFlags.Refused.class)
                .hasMessage("--subnet: \"10.0.0.0/33\" is not a CIDR address (the prefix is longer than 32 bits)");
        assertThatThrownBy(() -> IpamFlags.configs(l("10.0.0.0/8"), l("10.0.0/24"), l()))
                .hasMessage("--ip-range: \"10.0.0/24\" is not a CIDR address (such as 172.20.0.0/16)");
        assertThatThrownBy(() -> IpamFlags.configs(l("10.0.0.0/8"), l(), l("010.0.0.1")))
                .hasMessage("--gateway: \"010.0.0.1\" is not an IP address");
        assertThatThrownBy(() -> IpPrefix.of("fd00::/129"))
                .hasMessage("\"fd00::/129\" is not a CIDR address (the prefix is longer than 128 bits)");
        assertThatThrownBy(() -> IpPrefix.address("localhost")).hasMessage("\"localhost\" is not an IP address");
        assertThatThrownBy(() -> IpPrefix.address("1.2.3.256")).hasMessage("\"1.2.3.256\" is not an IP address");
    }

    @Test
    void ipv6IsPrintedAsGoPrintsIt() {
        assertThat(IpPrefix.text(IpPrefix.address("2001:db8:0:0:1:0:0:1"))).isEqualTo("2001:db8::1:0:0:1");
        assertThat(IpPrefix.text(IpPrefix.address("0:0:0:0:0:0:0:0"))).isEqualTo("::");
        assertThat(IpPrefix.text(IpPrefix.address("fd00:0:1:0:0:0:0:0"))).isEqualTo("fd00:0:1::");
        assertThat(IpPrefix.text(IpPrefix.address("1:0:2:3:4:5:6:7"))).isEqualTo("1:0:2:3:4:5:6:7");
        assertThat(IpPrefix.of("fd00::1/64").masked().toString()).isEqualTo("fd00::/64");
        assertThat(IpPrefix.of("10.9.8.7/12").masked().toString()).isEqualTo("10.0.0.0/12");
    }

    @Test
    void namesSortNaturally() {
        List<String> names = new ArrayList<>(l("net10", "bridge", "net2", "net02", "host", "net", "none", "a1b",
                "a01b", "a1"));
        names.sort(NaturalOrder.INSTANCE);
        assertThat(names).containsExactly("a1", "a1b", "a01b", "bridge", "host", "net", "net2", "net02", "net10",
                "none");
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            String a = word(random);
            String b = word(random);
            assertThat(Integer.signum(NaturalOrder.INSTANCE.compare(a, b)))
                    .as(a + " vs " + b).isEqualTo(-Integer.signum(NaturalOrder.INSTANCE.compare(b, a)));
        }
    }

    @Test
    void createdAtIsGosTimeString() {
        assertThat(NetworkRow.goTime("2026-11-25T10:00:00.500Z")).isEqualTo("2026-11-25 10:00:00.5 +0000 UTC");
        assertThat(NetworkRow.goTime("2026-11-25T10:00:00Z")).isEqualTo("2026-11-25 10:00:00 +0000 UTC");
        assertThat(NetworkRow.goTime("2026-11-25T10:00:00.123456789+01:00"))
                .isEqualTo("2026-11-25 10:00:00.123456789 +0100 +0100");
        assertThat(NetworkRow.goTime("")).isEmpty();
        assertThat(NetworkRow.goTime("yesterday")).isEqualTo("yesterday");
    }

    private static String word(Random random) {
        StringBuilder w = new StringBuilder();
        for (int i = random.nextInt(5); i >= 0; i--) {
            w.append("ab01 9".charAt(random.nextInt(6)));
        }
        return w.toString();
    }

    private static List<String> split(String csv) {
        return csv.isEmpty() ? List.of() : List.of(csv.split(","));
    }
}
