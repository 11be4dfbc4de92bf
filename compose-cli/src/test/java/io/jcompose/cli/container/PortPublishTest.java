package io.jcompose.cli.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.cli.container.PortPublish.Binding;
import org.junit.jupiter.api.Test;

class PortPublishTest {

    @Test
    void validMappings() {
        assertThat(PortPublish.of("80").bindings()).containsExactly(new Binding("80/tcp", "", ""));
        assertThat(PortPublish.of("8080:80").bindings()).containsExactly(new Binding("80/tcp", "", "8080"));
        assertThat(PortPublish.of("127.0.0.1:8080:80/udp").bindings())
                .containsExactly(new Binding("80/udp", "127.0.0.1", "8080"));
        assertThat(PortPublish.of("127.0.0.1::80").bindings()).containsExactly(new Binding("80/tcp", "127.0.0.1", ""));
        assertThat(PortPublish.of("[::1]:8080:80").bindings()).containsExactly(new Binding("80/tcp", "::1", "8080"));
        assertThat(PortPublish.of("8000-8001:80-81").bindings()).containsExactly(
                new Binding("80/tcp", "", "8000"), new Binding("81/tcp", "", "8001"));
        assertThat(PortPublish.of("8000-8010:80").bindings()).containsExactly(new Binding("80/tcp", "", "8000-8010"));
        assertThat(PortPublish.of("5000-5001/sctp").bindings()).containsExactly(
                new Binding("5000/sctp", "", ""), new Binding("5001/sctp", "", ""));
    }

    @Test
    void invalidMappings() {
        String expected = "; expected [IP:][HOST_PORT:]CONTAINER_PORT[/PROTO])";
        assertThatThrownBy(() -> PortPublish.of("80/icmp"))
                .hasMessage("invalid port mapping: \"80/icmp\" (unknown protocol \"icmp\"" + expected);
        assertThatThrownBy(() -> PortPublish.of("::1:80:80"))
                .hasMessage("invalid port mapping: \"::1:80:80\" (too many colons; write IPv6 addresses in brackets"
                        + expected);
        assertThatThrownBy(() -> PortPublish.of("http"))
                .hasMessage("invalid port mapping: \"http\" (\"http\" is not a port number" + expected);
        assertThatThrownBy(() -> PortPublish.of("70000"))
                .hasMessage("invalid port mapping: \"70000\" (\"70000\" is not a port number" + expected);
        assertThatThrownBy(() -> PortPublish.of("8000-8002:80-81"))
                .hasMessage("invalid port mapping: \"8000-8002:80-81\" (the host and container port ranges differ "
                        + "in size" + expected);
        assertThatThrownBy(() -> PortPublish.of("81-80"))
                .hasMessage("invalid port mapping: \"81-80\" (the container port range \"81-80\" ends before it "
                        + "starts" + expected);
    }
}
