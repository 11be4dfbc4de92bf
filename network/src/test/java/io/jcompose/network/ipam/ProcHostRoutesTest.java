package io.jcompose.network.ipam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcHostRoutesTest {

    private static final String IPV4 = """
            Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT
            eth0\t00000000\t010200C0\t0003\t0\t0\t0\t00000000\t0\t0\t0
            eth0\t000200C0\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0
            br0\t000012AC\t00000000\t0001\t0\t0\t0\t0000FFFF\t0\t0\t0
            """;

    private static final String IPV6 = """
            fd000000000000000000000000000000 40 00000000000000000000000000000000 00 \
            00000000000000000000000000000000 00000100 00000001 00000000 00000001     eth0
            00000000000000000000000000000000 00 00000000000000000000000000000000 00 \
            fd000000000000000000000000000001 00000400 00000002 00000000 00000003     eth0
            00000000000000000000000000000001 80 00000000000000000000000000000000 00 \
            00000000000000000000000000000000 00000000 00000002 00000000 80200001       lo
            """;

    @Test
    void readsIpv4DestinationsInHostByteOrderAndSkipsTheDefaultRoute() {
        Assumptions.assumeTrue(ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN, "the sample is little-endian");
        assertThat(ProcHostRoutes.parseIpv4(IPV4)).map(Cidr::toString)
                .containsExactly("192.0.2.0/24", "172.18.0.0/16");
    }

    @Test
    void readsIpv6DestinationsAndSkipsTheDefaultRoute() {
        assertThat(ProcHostRoutes.parseIpv6(IPV6)).map(Cidr::toString)
                .containsExactly("fd00:0:0:0:0:0:0:0/64", "0:0:0:0:0:0:0:1/128");
    }

    @Test
    void readsBothFiles(@TempDir Path dir) throws IOException {
        Assumptions.assumeTrue(ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN, "the sample is little-endian");
        Files.writeString(dir.resolve("route"), IPV4);
        Files.writeString(dir.resolve("ipv6_route"), IPV6);
        assertThat(new ProcHostRoutes(dir.resolve("route"), dir.resolve("ipv6_route")).routes()).hasSize(4);
    }

    @Test
    void readsThisHostsTables() throws IOException {
        Assumptions.assumeTrue(Files.isReadable(Path.of("/proc/net/route")), "no /proc/net/route here");
        assertThat(new ProcHostRoutes().routes()).allSatisfy(r -> assertThat(r.prefixLength()).isPositive());
    }
}
