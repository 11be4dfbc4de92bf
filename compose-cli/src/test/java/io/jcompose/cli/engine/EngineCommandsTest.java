package io.jcompose.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.cli.Invocation;
import io.jcompose.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code engine} subcommands in-process, against a fake engine on a temporary socket. */
class EngineCommandsTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), new Invocation(env, dir));
        return new Run(code, out.toString(), err.toString());
    }

    private Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("JCOMPOSE_STATE", dir.resolve("state").toString());
        env.put("JCOMPOSE_SOCKET", dir.resolve("engine.sock").toString());
        return env;
    }

    @Test
    void statusOfAStoppedEngineExitsThree() {
        Run r = run(env(), "engine", "status");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).isEqualTo("status:  stopped\nsocket:  " + dir.resolve("engine.sock") + "\n");
    }

    @Test
    void statusOfARunningEngineShowsItsVersion() throws IOException {
        try (FakeEngine engine = FakeEngine.start(dir.resolve("engine.sock"))) {
            Run r = run(env(), "engine", "status");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains("status:  running\n", "pid:     unknown\n", "version: 9.9.9-fake (API 1.47)\n",
                    "state:   " + dir.resolve("state") + "\n");
        }
    }

    @Test
    void theSocketComesFromOptionsOrTheGlobalHostBeforeOrAfterTheSubcommand() throws IOException {
        Path other = dir.resolve("other.sock");
        try (FakeEngine engine = FakeEngine.start(other)) {
            assertThat(run(env(), "engine", "status", "--socket", other.toString()).code()).isZero();
            assertThat(run(env(), "-H", "unix://" + other, "engine", "status").code()).isZero();
            assertThat(run(env(), "engine", "status", "--host", "unix://" + other).code()).isZero();
            Map<String, String> env = env();
            env.put("JCOMPOSE_HOST", "unix://" + other);
            assertThat(run(env, "engine", "status").code()).isZero();
        }
    }

    @Test
    void aBadHostIsOneClearMessage() {
        Run r = run(env(), "-H", "tcp://127.0.0.1:2375", "engine", "status");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("engine host \"tcp://127.0.0.1:2375\" is not supported (expected unix:///PATH)\n");
    }

    @Test
    void stopWhenNothingRunsSaysSo() {
        Run r = run(env(), "engine", "stop");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("engine not running\n");
    }

    @Test
    void stopRefusesAnEngineItCannotIdentify() throws IOException {
        try (FakeEngine engine = FakeEngine.start(dir.resolve("engine.sock"))) {
            Run r = run(env(), "engine", "stop");
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).startsWith("an engine answers on " + dir.resolve("engine.sock"));
        }
    }

    @Test
    void logsPrintsTheLogFile() throws IOException {
        Files.createDirectories(dir.resolve("state"));
        Files.writeString(dir.resolve("state/engine.log"), "line 1\nline 2\n");
        Run r = run(env(), "engine", "logs");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("line 1\nline 2\n");
        Run missing = run(Map.of("JCOMPOSE_STATE", dir.resolve("nope").toString()), "engine", "logs");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("no engine log at " + dir.resolve("nope/engine.log")
                + " (has the engine been started?)\n");
    }

    @Test
    void engineAloneAsksForASubcommand() {
        Run r = run(env(), "engine");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("Missing command (start, stop, status, logs, serve)");
    }
}
