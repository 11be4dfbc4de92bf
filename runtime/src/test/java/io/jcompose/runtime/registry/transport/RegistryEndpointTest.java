package io.jcompose.runtime.registry.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RegistryEndpointTest {

    @ParameterizedTest
    @CsvSource({
        "docker.io, https://registry-1.docker.io",
        "index.docker.io, https://registry-1.docker.io",
        "ghcr.io, https://ghcr.io",
        "localhost, http://localhost",
        "localhost:5000, http://localhost:5000",
        "127.0.0.1:5000, http://127.0.0.1:5000",
        "127.1.2.3, http://127.1.2.3",
        "'[::1]:5000', 'http://[::1]:5000'",
        "reg.lan:5000, http://reg.lan:5000",
        "reg.lan, http://reg.lan",
        "other.lan:5000, https://other.lan:5000",
        "1127.0.0.1, https://1127.0.0.1",
    })
    void schemeAndHost(String host, String base) {
        RegistryEndpoint e = RegistryEndpoint.of(host, Set.of("reg.lan:5000", "reg.lan"));
        assertThat(e.base()).hasToString(base);
        assertThat(e.name()).isEqualTo(host);
    }

    @Test
    void anInsecureHostnameCoversItsPorts() {
        assertThat(RegistryEndpoint.of("reg.lan:7000", Set.of("reg.lan")).isPlainHttp()).isTrue();
    }

    @Test
    void invalidHostsAreRefused() {
        assertThatThrownBy(() -> RegistryEndpoint.of("a/b", Set.of())).hasMessage("invalid registry host \"a/b\"");
    }
}
