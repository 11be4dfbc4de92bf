package io.jcompose.network.ipam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CidrTest {

    @ParameterizedTest
    @CsvSource({"172.18.0.0/16,172.18.0.0/16", "172.18.0.5/16,172.18.0.5/16", "10.0.0.1,10.0.0.1/32",
            "fd00:1::/64,fd00:1:0:0:0:0:0:0/64", "192.168.1.77/24,192.168.1.77/24"})
    void parsesAndPrints(String text, String printed) {
        assertThat(Cidr.parse(text)).hasToString(printed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "300.1.1.1/8", "10.0.0.0/33", "10.0.0/8", "example.com/24", "10.0.0.0/x",
            "fd00::/129"})
    void refusesWhatIsNotAPrefix(String text) {
        assertThatThrownBy(() -> Cidr.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(text.isEmpty() ? "invalid" : text);
    }

    @Test
    void networkContainsOverlaps() {
        Cidr net = Cidr.parse("172.18.0.5/16");
        assertThat(net.network()).hasToString("172.18.0.0/16");
        assertThat(net.contains(Cidr.address("172.18.255.255", ""))).isTrue();
        assertThat(net.contains(Cidr.address("172.19.0.1", ""))).isFalse();
        assertThat(net.overlaps(Cidr.parse("172.18.3.0/24"))).isTrue();
        assertThat(Cidr.parse("172.18.3.0/24").overlaps(net)).isTrue();
        assertThat(net.overlaps(Cidr.parse("172.19.0.0/16"))).isFalse();
        assertThat(net.overlaps(Cidr.parse("fd00::/8"))).isFalse();
    }

    @Test
    void addressesByIndex() {
        Cidr net = Cidr.parse("10.1.2.0/24");
        assertThat(net.size()).isEqualTo(BigInteger.valueOf(256));
        assertThat(net.addressAt(BigInteger.ONE).getHostAddress()).isEqualTo("10.1.2.1");
        assertThat(net.addressAt(BigInteger.valueOf(255)).getHostAddress()).isEqualTo("10.1.2.255");
        assertThat(net.indexOf(Cidr.address("10.1.2.77", ""))).isEqualTo(BigInteger.valueOf(77));
        assertThatThrownBy(() -> net.addressAt(BigInteger.valueOf(256))).hasMessage(
                "address 256 is outside 10.1.2.0/24");
        Cidr v6 = Cidr.parse("fd00:1::/64");
        assertThat(v6.addressAt(BigInteger.TWO).getHostAddress()).isEqualTo("fd00:1:0:0:0:0:0:2");
    }
}
