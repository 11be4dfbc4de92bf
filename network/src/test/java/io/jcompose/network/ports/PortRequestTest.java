package io.jcompose.network.ports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PortRequestTest {

    @ParameterizedTest(name = "{0} {1}:{2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            # key     | HostIp      | HostPort   | parsed
            80/tcp    | 127.0.0.1   | 8080       | 127.0.0.1:8080->80/tcp
            80        | ''          | 8080       | 0.0.0.0:8080->80/tcp
            80/TCP    | NULL        | NULL       | 0.0.0.0:0->80/tcp
            53/udp    | 0.0.0.0     | 5353       | 0.0.0.0:5353->53/udp
            80/tcp    | ::          | 8080       | [::]:8080->80/tcp
            80/tcp    | ::1         | ''         | [::1]:0->80/tcp
            80/tcp    | ''          | 8000-8010  | 0.0.0.0:8000-8010->80/tcp
            80/tcp    | ''          | 0          | 0.0.0.0:0->80/tcp
            65535/tcp | 192.0.2.2   | 65535      | 192.0.2.2:65535->65535/tcp
            80/tcp    | ' 10.0.0.1' | ' 81 '     | 10.0.0.1:81->80/tcp
            """)
    void parsesTheApiForms(String key, String hostIp, String hostPort, String parsed) {
        assertThat(PortRequest.of(key, new HostBinding(hostIp, hostPort))).hasToString(parsed);
    }

    @ParameterizedTest(name = "{0} {1}:{2}")
    @CsvSource(delimiter = '|', textBlock = """
            # key       | HostIp    | HostPort  | message
            80/sctp     | ''        | 80        | port "80/sctp": unsupported protocol "sctp" (expected tcp or udp)
            http/tcp    | ''        | 80        | port "http/tcp": invalid container port "http" (expected 1-65535)
            0/tcp       | ''        | 80        | port "0/tcp": invalid container port "0" (expected 1-65535)
            70000/tcp   | ''        | 80        | port "70000/tcp": invalid container port "70000" (expected 1-65535)
            80-90/tcp   | ''        | 80        | port "80-90/tcp": invalid container port "80-90" (expected 1-65535)
            80/tcp      | localhost | 80        | port "80/tcp": invalid host IP "localhost"
            80/tcp      | 10.0.0.300| 80        | port "80/tcp": invalid host IP "10.0.0.300"
            80/tcp      | ''        | http      | port "80/tcp": invalid host port "http" (expected 1-65535, a range START-END, or empty for a random port)
            80/tcp      | ''        | 70000     | port "80/tcp": invalid host port "70000" (expected 1-65535, a range START-END, or empty for a random port)
            80/tcp      | ''        | 0-10      | port "80/tcp": invalid host port "0-10" (expected 1-65535, a range START-END, or empty for a random port)
            80/tcp      | ''        | 8010-8000 | port "80/tcp": invalid host port range "8010-8000" (start is after end)
            80/tcp      | ''        | -1        | port "80/tcp": invalid host port "-1" (expected 1-65535, a range START-END, or empty for a random port)
            """)
    void refusesWithExactMessages(String key, String hostIp, String hostPort, String message) {
        assertThatThrownBy(() -> PortRequest.of(key, new HostBinding(hostIp, hostPort)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void aKeyWithSeveralBindingsGivesOneRequestEach() {
        List<PortRequest> r = PortRequest.of("80/tcp", List.of(new HostBinding("127.0.0.1", "8080"),
                new HostBinding("", "")));
        assertThat(r).map(PortRequest::toString).containsExactly("127.0.0.1:8080->80/tcp", "0.0.0.0:0->80/tcp");
        assertThat(r.get(1).random()).isTrue();
        assertThat(PortRequest.of("80/tcp", List.of())).isEmpty();
    }
}
