package io.jcompose.network.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReverseNameTest {

    @ParameterizedTest
    @CsvSource({
        "172.18.0.2, 2.0.18.172.in-addr.arpa",
        "10.255.1.200, 200.1.255.10.in-addr.arpa",
        "fd00::2, 2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.d.f.ip6.arpa",
    })
    void mapsBothWays(String address, String name) throws Exception {
        InetAddress a = InetAddress.getByName(address);
        assertThat(ReverseName.of(a).toString()).isEqualTo(name);
        assertThat(ReverseName.address(DnsName.of(name))).contains(a);
        assertThat(ReverseName.address(DnsName.of(name.toUpperCase() + "."))).contains(a);
    }

    @ParameterizedTest
    @ValueSource(strings = {"18.172.in-addr.arpa", "256.0.18.172.in-addr.arpa", "02.0.18.172.in-addr.arpa",
        "x.0.18.172.in-addr.arpa", "2.0.18.172.in-addr.example", "web", "1.2.3.4.5.in-addr.arpa",
        "g.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.d.f.ip6.arpa"})
    void otherNamesAreNoAddress(String name) {
        assertThat(ReverseName.address(DnsName.of(name))).isEmpty();
    }
}
