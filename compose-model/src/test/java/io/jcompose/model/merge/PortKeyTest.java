package io.jcompose.model.merge;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.model.yaml.YamlReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PortKeyTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            '80'                                   | 0.0.0.0::80/tcp
            80                                     | 0.0.0.0::80/tcp
            '8080:80'                              | 0.0.0.0:8080:80/tcp
            '127.0.0.1:8080:80/udp'                | 127.0.0.1:8080:80/udp
            '127.0.0.1::80'                        | 127.0.0.1::80/tcp
            '"[::1]:8080:80"'                      | ::1:8080:80/tcp
            '::1:8080:80'                          | ::1:8080:80/tcp
            '8000-8001:80-81'                      | 0.0.0.0:8000-8001:80-81/tcp
            '{target: 80}'                         | 0.0.0.0::80/tcp
            '{target: 80, published: 8080, protocol: udp}' | 0.0.0.0:8080:80/udp
            '{target: 80, host_ip: 0.0.0.0, published: "8080"}' | 0.0.0.0:8080:80/tcp
            """)
    void normalisesShortAndLongForms(String yaml, String key) {
        assertThat(PortKey.of(YamlReader.read("p.yaml", yaml))).isEqualTo(key);
    }
}
