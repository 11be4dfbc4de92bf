package io.jcompose.network.ports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortAllocatorTest {

    private final FakePortBinder binder = new FakePortBinder();
    private final PortAllocator allocator = new PortAllocator(binder, new PortHolders(Path.of("/nonexistent"), 1));
    private final InetAddress container = Addresses.parse("172.18.0.2").orElseThrow();
    private final InetAddress any = Addresses.parse("0.0.0.0").orElseThrow();

    @Test
    void fixedRandomAndRangePorts() {
        binder.take(Protocol.TCP, any, 8000);
        List<PortReservation> r = allocator.reserve(List.of(request("80/tcp", "", "8080"),
                request("80/tcp", "127.0.0.1", ""), request("81/tcp", "", "8000-8010")), container);
        assertThat(r).map(x -> x.mapping().toString()).containsExactly("0.0.0.0:8080->172.18.0.2:80/tcp",
                "127.0.0.1:49153->172.18.0.2:80/tcp", "0.0.0.0:8001->172.18.0.2:81/tcp");
    }

    @Test
    void aTakenPortFailsWithDockersMessageAndReleasesTheOthers() {
        binder.take(Protocol.TCP, any, 8080);
        assertThatThrownBy(() -> allocator.reserve(List.of(request("53/udp", "", "5353"),
                request("80/tcp", "", "8080")), container)).isInstanceOf(PortAllocatedException.class)
                .hasMessage("Bind for 0.0.0.0:8080 failed: port is already allocated");
        assertThat(binder.taken()).containsExactly("tcp 0.0.0.0:8080");
    }

    @Test
    void aFullRangeFails() {
        binder.take(Protocol.UDP, any, 9000);
        binder.take(Protocol.UDP, any, 9001);
        assertThatThrownBy(() -> allocator.reserve(List.of(request("53/udp", "", "9000-9001")), container))
                .hasMessage("Bind for 0.0.0.0:9000-9001 failed: all ports are allocated");
    }

    @Test
    void ipv6HostAddressesAreBracketed() {
        InetAddress v6any = Addresses.parse("::").orElseThrow();
        binder.take(Protocol.TCP, v6any, 8080);
        assertThatThrownBy(() -> allocator.reserve(List.of(request("80/tcp", "::", "8080")), container))
                .hasMessage("Bind for [::]:8080 failed: port is already allocated");
    }

    private static PortRequest request(String key, String ip, String port) {
        return PortRequest.of(key, new HostBinding(ip, port));
    }
}
