package io.jcompose.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EngineHostTest {

    @Test
    void parsesUnixHosts() {
        assertThat(EngineHost.of("unix:///var/run/docker.sock"))
                .isEqualTo(new EngineHost(Path.of("/var/run/docker.sock"), true));
        assertThat(EngineHost.of("unix:///var/run/docker.sock").toString()).isEqualTo("unix:///var/run/docker.sock");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tcp://127.0.0.1:2375", "unix://", "/run/jcompose/engine.sock", "ssh://me@box"})
    void refusesOtherHostsWithTheValueQuoted(String host) {
        assertThatThrownBy(() -> EngineHost.of(host)).isInstanceOf(EngineException.class)
                .hasMessage("engine host \"" + host + "\" is not supported (expected unix:///PATH)");
    }

    @Test
    void theOptionWinsOverTheVariableWhichWinsOverTheLocalEngine() {
        Map<String, String> env = Map.of("JCOMPOSE_HOST", "unix:///from/env.sock",
                "JCOMPOSE_SOCKET", "/local/engine.sock", "DOCKER_HOST", "unix:///var/run/docker.sock");
        assertThat(EngineHost.resolve(Optional.of("unix:///from/option.sock"), env))
                .isEqualTo(new EngineHost(Path.of("/from/option.sock"), true));
        assertThat(EngineHost.resolve(Optional.empty(), env))
                .isEqualTo(new EngineHost(Path.of("/from/env.sock"), true));
    }

    @Test
    void withoutAHostItIsTheLocalEngineWhichMayBeStarted() {
        assertThat(EngineHost.resolve(Optional.empty(), Map.of("DOCKER_HOST", "unix:///var/run/docker.sock")))
                .isEqualTo(new EngineHost(Path.of("/run/jcompose/engine.sock"), false));
        assertThat(EngineHost.resolve(Optional.empty(), Map.of("JCOMPOSE_SOCKET", "/tmp/e.sock", "JCOMPOSE_HOST", "")))
                .isEqualTo(new EngineHost(Path.of("/tmp/e.sock"), false));
    }
}
