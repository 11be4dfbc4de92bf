package io.jcompose.network.ipam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressPoolTest {

    @Test
    void dockerDefaultsAreFifteenSixteensThenTwentiesOf192168() {
        List<AddressPool> pools = AddressPool.dockerDefaults();
        assertThat(pools).hasSize(16);
        assertThat(pools.getFirst()).hasToString("172.17.0.0/16 size 16");
        assertThat(pools.get(14)).hasToString("172.31.0.0/16 size 16");
        AddressPool last = pools.getLast();
        assertThat(last.subnetCount()).isEqualTo(BigInteger.valueOf(16));
        assertThat(last.subnet(BigInteger.ZERO)).hasToString("192.168.0.0/20");
        assertThat(last.subnet(BigInteger.valueOf(15))).hasToString("192.168.240.0/20");
    }

    @Test
    void baseIsNormalisedAndSizeChecked() {
        assertThat(AddressPool.of("10.10.3.4/16", 24).subnet(BigInteger.TWO)).hasToString("10.10.2.0/24");
        assertThatThrownBy(() -> AddressPool.of("10.10.0.0/16", 8)).hasMessage(
                "invalid address pool 10.10.0.0/16 with size 8: size must be between 16 and 32");
        assertThatThrownBy(() -> AddressPool.of("fd00::/8", 129)).hasMessage(
                "invalid address pool fd00:0:0:0:0:0:0:0/8 with size 129: size must be between 8 and 128");
    }

    @Test
    void firstSubnetAtOrAfterRoundsUp() {
        AddressPool pool = AddressPool.of("10.0.0.0/16", 24);
        assertThat(pool.firstSubnetAtOrAfter(Cidr.number(Cidr.address("10.0.3.0", "")))).isEqualTo(3);
        assertThat(pool.firstSubnetAtOrAfter(Cidr.number(Cidr.address("10.0.3.1", "")))).isEqualTo(4);
        assertThat(pool.firstSubnetAtOrAfter(Cidr.number(Cidr.address("9.0.0.0", "")))).isEqualTo(0);
        assertThat(pool.firstSubnetAtOrAfter(Cidr.number(Cidr.address("11.0.0.0", "")))).isEqualTo(256);
    }
}
