package io.jcompose.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EngineLayoutTest {

    @Test
    void defaultsAreTheSystemLocations() {
        EngineLayout l = EngineLayout.resolve(Map.of());
        assertThat(l).isEqualTo(new EngineLayout(Path.of("/var/lib/jcompose"), Path.of("/run/jcompose/engine.sock"),
                Path.of("/var/lib/jcompose/engine.log")));
        assertThat(l.pidFile()).isEqualTo(Path.of("/var/lib/jcompose/engine.pid"));
    }

    @Test
    void variablesMoveEverythingAndTheLogFollowsTheState() {
        EngineLayout l = EngineLayout.resolve(Map.of("JCOMPOSE_STATE", "/tmp/s", "JCOMPOSE_SOCKET", "/tmp/e.sock"));
        assertThat(l).isEqualTo(new EngineLayout(Path.of("/tmp/s"), Path.of("/tmp/e.sock"), Path.of("/tmp/s/engine.log")));
        assertThat(EngineLayout.resolve(Map.of("JCOMPOSE_LOG", "/tmp/x.log")).log()).isEqualTo(Path.of("/tmp/x.log"));
    }

    @Test
    void optionsWinOverVariables() {
        EngineLayout l = EngineLayout.resolve(Optional.of(Path.of("/o/state")), Optional.of(Path.of("/o/e.sock")),
                Optional.empty(), Map.of("JCOMPOSE_STATE", "/tmp/s", "JCOMPOSE_SOCKET", "/tmp/e.sock"));
        assertThat(l).isEqualTo(new EngineLayout(Path.of("/o/state"), Path.of("/o/e.sock"), Path.of("/o/state/engine.log")));
    }

    @Test
    void theEngineCommandLineCarriesTheLayout() {
        EngineLayout l = new EngineLayout(Path.of("/s"), Path.of("/r/e.sock"), Path.of("/l/e.log"));
        EngineCommandLine cl = new EngineCommandLine(Path.of("/jdk/bin/java"), "/a.jar:/b.jar", Optional.of(Path.of("/usr/bin/setsid")));
        assertThat(cl.command(l, true, true)).containsExactly("/usr/bin/setsid", "/jdk/bin/java", "-XX:+UseSerialGC",
                "-Xms8m", "-XX:MinHeapFreeRatio=5", "-XX:MaxHeapFreeRatio=20", "-Xss512k", "-cp", "/a.jar:/b.jar", "io.jcompose.runtime.engine.EngineMain", "--state", "/s", "--socket",
                "/r/e.sock", "--log", "/l/e.log");
        assertThat(cl.command(l, false, false)).containsExactly("/jdk/bin/java", "-XX:+UseSerialGC", "-Xms8m",
                "-XX:MinHeapFreeRatio=5", "-XX:MaxHeapFreeRatio=20", "-Xss512k", "-cp", "/a.jar:/b.jar", "io.jcompose.runtime.engine.EngineMain", "--state", "/s", "--socket", "/r/e.sock");
        assertThat(new EngineCommandLine(Path.of("/java"), "x.jar", Optional.empty()).command(l, true, true).getFirst())
                .isEqualTo("/java");
    }

    @Test
    void theEngineClassPathMustBeGiven() {
        assertThat(EngineCommandLine.from(Map.of("JCOMPOSE_ENGINE_CLASSPATH", "/a.jar")).classpath()).isEqualTo("/a.jar");
        assertThatThrownBy(() -> EngineCommandLine.from(Map.of())).isInstanceOf(EngineException.class)
                .hasMessage("cannot start the jcompose engine: JCOMPOSE_ENGINE_CLASSPATH is not set (run jcompose "
                        + "through its ./jcompose launcher, which sets it from .build/engine-classpath)");
    }
}
