package io.jcompose.network.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.network.ipam.Cidr;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MacAddressTest {

    @ParameterizedTest
    @CsvSource({"172.17.0.2,02:42:ac:11:00:02", "10.213.7.254,02:42:0a:d5:07:fe", "192.168.16.3,02:42:c0:a8:10:03"})
    void derivedFromIpv4LikeDocker(String ip, String mac) {
        assertThat(MacAddress.fromIpv4(Cidr.address(ip, ip))).hasToString(mac);
    }

    @ParameterizedTest
    @CsvSource({"02:42:AC:11:00:02,02:42:ac:11:00:02", "02-42-ac-11-00-02,02:42:ac:11:00:02",
            "' 92:d0:c6:0a:29:33 ',92:d0:c6:0a:29:33"})
    void parses(String text, String canonical) {
        assertThat(MacAddress.of(text)).hasToString(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "02:42:ac:11:00", "02:42:ac:11:00:0g", "0242ac110002"})
    void refuses(String text) {
        assertThatThrownBy(() -> MacAddress.of(text)).hasMessage("invalid MAC address: \"" + text + "\"");
    }

    @Test
    void randomKeepsDockersPrefix() {
        assertThat(MacAddress.random(new Random(7)).value()).startsWith("02:42:").hasSize(17);
        assertThatThrownBy(() -> MacAddress.fromIpv4(Cidr.address("fd00::1", ""))).hasMessage(
                "not an IPv4 address: fd00:0:0:0:0:0:0:1");
    }
}
