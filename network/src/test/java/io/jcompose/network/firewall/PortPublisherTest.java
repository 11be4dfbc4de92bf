package io.jcompose.network.firewall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.network.ports.Addresses;
import io.jcompose.network.ports.FakePortBinder;
import io.jcompose.network.ports.HostBinding;
import io.jcompose.network.ports.PortAllocatedException;
import io.jcompose.network.ports.PortAllocator;
import io.jcompose.network.ports.PortHolders;
import io.jcompose.network.ports.PortMapping;
import io.jcompose.network.ports.PortRequest;
import io.jcompose.network.ports.Protocol;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortPublisherTest {

    private final FakeFirewall firewall = new FakeFirewall();
    private final FakePortBinder binder = new FakePortBinder();
    private final PortPublisher publisher = new PortPublisher(firewall,
            new PortAllocator(binder, new PortHolders(Path.of("/nonexistent"), 1)));
    private final InetAddress container = Addresses.parse("172.18.0.2").orElseThrow();

    @Test
    void publishesBindsAndAddsRulesThenUnpublishesAll() throws Exception {
        firewall.ensureBase();
        List<String> before = firewall.rules();
        List<PortMapping> m = publisher.publish("br-a", container, List.of(
                PortRequest.of("80/tcp", new HostBinding("", "8080")),
                PortRequest.of("80/tcp", new HostBinding("127.0.0.1", ""))));
        assertThat(m).map(PortMapping::toString).containsExactly("0.0.0.0:8080->172.18.0.2:80/tcp",
                "127.0.0.1:49153->172.18.0.2:80/tcp");
        assertThat(binder.taken()).containsExactlyInAnyOrder("tcp 0.0.0.0:8080", "tcp 127.0.0.1:49153");
        assertThat(firewall.rules()).hasSize(before.size() + 2)
                .contains("nat -A JCOMPOSE-DNAT -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.18.0.2:80");
        assertThat(publisher.published()).hasSize(2);

        publisher.unpublish("br-a", m);
        assertThat(firewall.rules()).isEqualTo(before);
        assertThat(binder.taken()).isEmpty();
        assertThat(publisher.published()).isEmpty();
    }

    @Test
    void aTakenPortMakesNothing() {
        firewall.ensureBase();
        List<String> before = firewall.rules();
        binder.take(Protocol.UDP, Addresses.parse("0.0.0.0").orElseThrow(), 5353);
        assertThatThrownBy(() -> publisher.publish("br-a", container, List.of(
                PortRequest.of("80/tcp", new HostBinding("", "8080")),
                PortRequest.of("53/udp", new HostBinding("", "5353")))))
                .isInstanceOf(PortAllocatedException.class)
                .hasMessage("Bind for 0.0.0.0:5353 failed: port is already allocated");
        assertThat(firewall.rules()).isEqualTo(before);
        assertThat(binder.taken()).containsExactly("udp 0.0.0.0:5353");
    }

    @Test
    void aMappingCanBePublishedAgainAfterARestart() throws Exception {
        List<PortMapping> first = publisher.publish("br-a", container,
                List.of(PortRequest.of("80/tcp", new HostBinding("", ""))));
        PortPublisher restarted = new PortPublisher(firewall,
                new PortAllocator(new FakePortBinder(), new PortHolders(Path.of("/nonexistent"), 1)));
        List<PortMapping> again = restarted.publish("br-a", container,
                first.stream().map(PortRequest::of).toList());
        assertThat(again).isEqualTo(first);
    }
}
