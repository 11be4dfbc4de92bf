package io.jcompose.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start on first use: which engine is started, when, and what the user is told when it cannot be. */
class EngineConnectionTest {

    @TempDir
    Path dir;

    private EngineLayout layout;
    private FakeSpawner spawner;
    private final StringWriter notices = new StringWriter();

    @BeforeEach
    void layout() {
        layout = EngineLayout.resolve(Map.of("JCOMPOSE_STATE", dir.resolve("state").toString(),
                "JCOMPOSE_SOCKET", dir.resolve("run/engine.sock").toString()));
    }

    @AfterEach
    void stopFakes() throws IOException {
        if (spawner != null) {
            spawner.closeAll();
        }
    }

    private EngineConnection connection(FakeSpawner.Behaviour behaviour, boolean root, boolean explicit) {
        spawner = new FakeSpawner(behaviour);
        return new EngineConnection(new EngineHost(layout.socket(), explicit), layout,
                new EngineStarter(spawner, () -> root, Duration.ofMillis(500)));
    }

    @Test
    void startsTheLocalEngineOnFirstUseAndThenReusesIt() throws IOException {
        EngineConnection c = connection(FakeSpawner.Behaviour.SERVES, true, false);
        assertThat(c.ping()).isFalse();
        c.ensureRunning(new PrintWriter(notices));
        assertThat(spawner.spawned).isEqualTo(1);
        assertThat(notices.toString()).isEqualTo("engine started (pid 777, socket " + layout.socket() + ")"
                + System.lineSeparator());
        c.ensureRunning(new PrintWriter(notices));
        assertThat(spawner.spawned).isEqualTo(1);
        assertThat(c.ping()).isTrue();
    }

    @Test
    void anEngineThatAlreadyAnswersIsNotStartedAgain() throws IOException {
        try (FakeEngine running = FakeEngine.start(layout.socket())) {
            EngineConnection c = connection(FakeSpawner.Behaviour.SERVES, true, false);
            assertThat(c.start()).isEqualTo(new EngineStarter.Outcome(false, -1));
            c.ensureRunning(new PrintWriter(notices));
            assertThat(spawner.spawned).isZero();
            assertThat(notices.toString()).isEmpty();
        }
    }

    @Test
    void aHostTheUserNamedIsNeverStarted() {
        EngineConnection c = connection(FakeSpawner.Behaviour.SERVES, true, true);
        assertThatThrownBy(() -> c.ensureRunning(new PrintWriter(notices)))
                .isInstanceOf(EngineException.class)
                .hasMessage("cannot connect to the engine at unix://" + layout.socket()
                        + ": nothing answers there (is it running?)");
        assertThat(spawner.spawned).isZero();
    }

    @Test
    void nonRootUsersAreToldTheEngineNeedsRoot() {
        EngineConnection c = connection(FakeSpawner.Behaviour.SERVES, false, false);
        assertThatThrownBy(() -> c.ensureRunning(new PrintWriter(notices)))
                .isInstanceOf(EngineException.class)
                .hasMessage("the jcompose engine needs root: it runs containers with runc, mounts file systems "
                        + "and sets up networks (run jcompose as root, e.g. with sudo)");
        assertThat(spawner.spawned).isZero();
    }

    @Test
    void anEngineThatExitsIsReportedWithWhatItLogged() throws IOException {
        Files.createDirectories(layout.state());
        Files.writeString(layout.log(), "old line from an earlier run\n");
        EngineConnection c = connection(FakeSpawner.Behaviour.EXITS, true, false);
        assertThatThrownBy(() -> c.ensureRunning(new PrintWriter(notices)))
                .isInstanceOf(EngineException.class)
                .hasMessage("the jcompose engine exited with code 1 before it answered on " + layout.socket()
                        + ": ERROR EngineMain - another jcompose engine is running (pid 12)");
    }

    @Test
    void anEngineThatNeverAnswersIsStoppedAfterTheTimeout() {
        EngineConnection c = connection(FakeSpawner.Behaviour.HANGS, true, false);
        assertThatThrownBy(() -> c.ensureRunning(new PrintWriter(notices)))
                .isInstanceOf(EngineException.class)
                .hasMessage("the jcompose engine (pid 777) did not answer on " + layout.socket()
                        + " within 0.5 s and was stopped; see " + layout.log());
        assertThat(spawner.destroyed).isTrue();
    }

    @Test
    void aStaleSocketFileIsNotAnEngine() throws IOException {
        Files.createDirectories(layout.socket().getParent());
        Files.createFile(layout.socket());
        assertThat(connection(FakeSpawner.Behaviour.SERVES, true, false).probe()).isEqualTo(EngineProbe.ABSENT);
    }
}
