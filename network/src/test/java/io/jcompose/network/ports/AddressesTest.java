package io.jcompose.network.ports;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.network.ipam.Cidr;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressesTest {

    @ParameterizedTest
    @CsvSource({"::,::", "::1,::1", "fd00:1:0:0:0:0:0:2,fd00:1::2", "fd00:0:0:1:0:0:0:1,fd00:0:0:1::1", "1:0:0:2:0:0:3:4,1::2:0:0:3:4",
            "1:2:3:4:5:6:7:8,1:2:3:4:5:6:7:8", "1:0:3:4:5:6:7:8,1:0:3:4:5:6:7:8", "fe80:0:0:0:1:0:0:0,fe80::1:0:0:0",
            "172.18.0.2,172.18.0.2"})
    void printsTheShortestForm(String in, String out) {
        assertThat(Addresses.text(Cidr.address(in, in))).isEqualTo(out);
    }
}
