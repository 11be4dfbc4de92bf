package io.jcompose.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EngineOptionsTest {

    @Test
    void defaultsAreTheSystemLocations() {
        EngineOptions o = EngineOptions.parse();
        assertThat(o.state()).isEqualTo(Path.of("/var/lib/jcompose"));
        assertThat(o.socket()).isEqualTo(Path.of("/run/jcompose/engine.sock"));
        assertThat(o.log()).isEmpty();
        assertThat(o.lockFile()).isEqualTo(Path.of("/var/lib/jcompose/engine.lock"));
        assertThat(o.pidFile()).isEqualTo(Path.of("/var/lib/jcompose/engine.pid"));
        assertThat(o.images()).isEqualTo(Path.of("/var/lib/jcompose/images"));
    }

    @Test
    void takesSeparateAndJoinedValues() {
        EngineOptions o = EngineOptions.parse("--state", "/tmp/s", "--socket=/tmp/e.sock", "--log", "/tmp/x/../e.log");
        assertThat(o).isEqualTo(new EngineOptions(Path.of("/tmp/s"), Path.of("/tmp/e.sock"),
                Optional.of(Path.of("/tmp/e.log"))));
    }

    @Test
    void relativePathsBecomeAbsolute() {
        assertThat(EngineOptions.parse("--state", "rel").state()).isEqualTo(Path.of("rel").toAbsolutePath());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--nope|unknown option \"--nope\" (expected --state DIR, --socket PATH, --log FILE)",
        "--state|option \"--state\" needs a value",
        "--log=|option \"--log\" needs a value",
        "serve|unknown option \"serve\" (expected --state DIR, --socket PATH, --log FILE)"})
    void rejectsBadCommandLinesWithExactMessages(String arg, String message) {
        assertThatThrownBy(() -> EngineOptions.parse(arg)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }
}
