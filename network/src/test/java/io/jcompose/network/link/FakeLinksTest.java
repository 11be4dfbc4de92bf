package io.jcompose.network.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.network.ipam.Cidr;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FakeLinksTest {

    private final FakeLinks links = new FakeLinks();

    @Test
    void keepsStateLikeTheKernel() throws IOException {
        links.createBridge("br-a", List.of(Cidr.parse("10.0.0.1/24")), 0);
        links.createBridge("br-a", List.of(Cidr.parse("10.0.0.1/24")), 0);
        assertThatThrownBy(() -> links.createBridge("br-a", List.of(Cidr.parse("10.0.9.1/24")), 0))
                .hasMessage("bridge br-a already exists with addresses [10.0.0.1/24], not [10.0.9.1/24]");
        assertThat(links.createNamespace("c1")).isEqualTo(Path.of("/run/netns/c1"));
        Endpoint e = Endpoint.of("br-a", "c1", "eth0", Cidr.parse("10.0.0.2/24"), Cidr.address("10.0.0.1", ""));
        Attachment a = links.attach(e);
        assertThat(a.mac()).hasToString("02:42:0a:00:00:02");
        assertThatThrownBy(() -> links.attach(e)).hasMessage("interface eth0 already exists in namespace c1");
        assertThat(links.endpoints()).containsEntry(a.hostVeth(), e);
        links.deleteNamespace("c1");
        assertThat(links.endpoints()).isEmpty();
        links.detach(a);
        links.deleteBridge("br-a");
        assertThat(links.isEmpty()).isTrue();
    }

    @Test
    void refusesMissingBridgeOrNamespaceAndFailsOnRequest() throws IOException {
        Endpoint e = Endpoint.of("br-b", "c2", "eth0", Cidr.parse("10.0.0.2/24"), null);
        assertThatThrownBy(() -> links.attach(e)).hasMessage("cannot attach to bridge br-b: it does not exist");
        links.createBridge("br-b", List.of(), 0);
        assertThatThrownBy(() -> links.attach(e)).hasMessage("cannot attach in namespace c2: it does not exist");
        links.failNext(new IOException("boom"));
        assertThatThrownBy(() -> links.createNamespace("c2")).hasMessage("boom");
        assertThat(links.namespaceExists("c2")).isFalse();
    }

    @Test
    void sysctlFakeRemembersValues() throws IOException {
        FakeSysctl sysctl = new FakeSysctl();
        sysctl.enableIpv4Forwarding();
        sysctl.disableDuplicateAddressDetection("c1");
        assertThat(sysctl.get("net.ipv4.ip_forward")).isEqualTo("1");
        assertThat(sysctl.inNamespace("c1", "net.ipv6.conf.all.accept_dad")).isEqualTo("0");
        assertThatThrownBy(() -> sysctl.set("net/../x", "1")).hasMessage("invalid sysctl key: \"net/../x\"");
    }
}
