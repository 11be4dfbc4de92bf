package io.jcompose.network.ipam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubnetRequestTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "172.28.0.0/16, 172.28.5.0/24, 172.28.5.254, 172.28.0.0/16, 172.28.5.0/24, 172.28.5.254",
            "10.1.0.0/24,   -,             -,            10.1.0.0/24,   -,             -",
            "10.1.0.0/24,   '',            ' ',          10.1.0.0/24,   -,             -",
            "fd00:1::/64,   fd00:1::/80,   fd00:1::1,    fd00:1:0:0:0:0:0:0/64, fd00:1:0:0:0:0:0:0/80, fd00:1:0:0:0:0:0:1"})
    void valid(String subnet, String range, String gateway, String wantSubnet, String wantRange, String wantGw) {
        SubnetRequest r = SubnetRequest.parse(subnet, range, gateway);
        assertThat(r.subnet()).hasToString(wantSubnet);
        assertThat(r.ipRange() == null ? null : r.ipRange().toString()).isEqualTo(wantRange);
        assertThat(r.gateway() == null ? null : r.gateway().getHostAddress()).isEqualTo(wantGw);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "10.1.0/24     | -             | -         | invalid subnet 10.1.0/24: invalid CIDR block notation",
            "10.1.0.7/24   | -             | -         | invalid subnet 10.1.0.7/24: it should be 10.1.0.0/24",
            "10.1.0.0/24   | 10.2.0.0/24   | -         | invalid ip-range 10.2.0.0/24: parent subnet 10.1.0.0/24 doesn't contain ip-range",
            "10.1.0.0/24   | 10.1.0.0/16   | -         | invalid ip-range 10.1.0.0/16: CIDR block is bigger than its parent subnet 10.1.0.0/24",
            "10.1.0.0/24   | 10.1.0.9/28   | -         | invalid ip-range 10.1.0.9/28: it should be 10.1.0.0/28",
            "10.1.0.0/24   | fd00::/64     | -         | invalid ip-range fd00::/64: parent subnet is an IPv4 block",
            "10.1.0.0/24   | nonsense      | -         | invalid ip-range nonsense: invalid CIDR block notation",
            "10.1.0.0/24   | -             | 10.9.0.1  | invalid gateway 10.9.0.1: parent subnet 10.1.0.0/24 doesn't contain this address",
            "10.1.0.0/24   | -             | gw.local  | invalid gateway gw.local: invalid address",
            "fd00::/64     | -             | 10.1.0.1  | invalid gateway 10.1.0.1: parent subnet is an IPv6 block"})
    void invalid(String subnet, String range, String gateway, String message) {
        assertThatThrownBy(() -> SubnetRequest.parse(subnet, range, gateway))
                .isInstanceOf(IpamException.class).hasMessage("invalid network config:\n" + message)
                .extracting(e -> ((IpamException) e).reason()).isEqualTo(IpamException.Reason.INVALID);
    }

    @org.junit.jupiter.api.Test
    void listsEveryProblem() {
        assertThatThrownBy(() -> SubnetRequest.parse("10.1.0.7/24", "10.1.0.9/28", "10.2.0.1")).hasMessage("""
                invalid network config:
                invalid subnet 10.1.0.7/24: it should be 10.1.0.0/24
                invalid ip-range 10.1.0.9/28: it should be 10.1.0.0/28
                invalid gateway 10.2.0.1: parent subnet 10.1.0.0/24 doesn't contain this address""");
    }
}
