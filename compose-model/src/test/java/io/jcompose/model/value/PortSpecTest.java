package io.jcompose.model.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PortSpecTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "80|80/tcp",
        "8080:80|8080:80/tcp",
        "127.0.0.1:8080:80|127.0.0.1:8080:80/tcp",
        "[::1]:8080:80|[::1]:8080:80/tcp",
        "::1:8080:80|[::1]:8080:80/tcp",
        "127.0.0.1::80|127.0.0.1::80/tcp",
        ":80|80/tcp",
        "8000-8010:8000-8010|8000-8010:8000-8010/tcp",
        "9090-9091:8080|9090-9091:8080/tcp",
        "53:53/udp|53:53/udp",
        "80/UDP|80/udp",
        "80/|80/tcp",
        "9000/sctp|9000/sctp",
        "0.0.0.0:80:80/tcp|0.0.0.0:80:80/tcp",
    })
    void parsesValidSpecsToCanonicalForm(String input, String canonical) {
        assertThat(PortSpec.of(input).toString()).isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"80:80:80", "", "abc", "80-", "65536", "-1", "1.2.3.4:80:80:80", "[::1:80:80",
        "256.0.0.1:80:80", "8010-8000", "localhost:80:80", "/udp", "8000-8001:9000-9005"})
    void rejectsInvalidSpecs(String input) {
        assertThatThrownBy(() -> PortSpec.of(input)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("\"" + input + "\" is not a valid port mapping");
    }

    @Test
    void messagesAreExact() {
        assertThatThrownBy(() -> PortSpec.of("80:80:80")).hasMessage(
                "\"80:80:80\" is not a valid port mapping (expected [HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL])");
        assertThatThrownBy(() -> PortSpec.of("80/icmp")).hasMessage(
                "\"80/icmp\" is not a valid port mapping: unknown protocol \"icmp\" (expected tcp, udp or sctp)");
        assertThatThrownBy(() -> PortSpec.of("1-3:5-6")).hasMessage("\"1-3:5-6\" is not a valid port mapping: the "
                + "host port range 1-3 and the container port range 5-6 differ in size");
    }

    @Test
    void expandsOneMappingPerContainerPortInDockerOrder() {
        assertThat(PortSpec.of("8000-8001:80-81/udp").expand()).containsExactly(
                new PortMapping("", 80, "8000", "udp"), new PortMapping("", 81, "8001", "udp"));
        assertThat(PortSpec.of("9090-9091:8080").expand()).containsExactly(
                new PortMapping("", 8080, "9090-9091", "tcp"));
        assertThat(PortSpec.of("98-100").expand()).extracting(PortMapping::target).isEqualTo(List.of(100, 98, 99));
        assertThat(PortSpec.of("[::1]:1:2").expand()).containsExactly(new PortMapping("::1", 2, "1", "tcp"));
    }
}
