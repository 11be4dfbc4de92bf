package io.jcompose.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real engine through the real launcher, as root, on a temporary state directory and socket: start, status,
 * the docker CLI against it, the lock, stop, start on first use, and serve. Every engine process it starts is
 * stopped afterwards, by its own PID.
 */
class EngineIT {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path LAUNCHER = ROOT.resolve("jcompose");

    @TempDir
    Path dir;

    private Path state;
    private Path socket;
    private final List<Long> started = new ArrayList<>();

    private record Run(int code, String out, String err) {
    }

    @BeforeEach
    void requirements() throws Exception {
        assumeTrue(UserIdentity.current().isRoot(), "the jcompose engine needs root");
        assumeTrue(Files.isExecutable(LAUNCHER), "no launcher at " + LAUNCHER);
        Run stale = exec(List.of("bash", "-c", ". scripts/lib.sh && jc_build_stale"), Map.of(), 30);
        assumeTrue(stale.code() != 0, "the launcher's build (.build) is older than the sources: run ./jcompose "
                + "--version first (scripts/test-all does), so that this test does not run Maven inside Maven");
        state = dir.resolve("state");
        socket = dir.resolve("run/engine.sock");
    }

    @AfterEach
    void stopWhatWeStarted() throws Exception {
        for (long pid : started) {
            var handle = ProcessHandle.of(pid);
            if (handle.isPresent() && handle.get().isAlive()) {
                handle.get().destroy();
                if (handle.get().onExit().completeOnTimeout(null, 20, TimeUnit.SECONDS).join() == null
                        || handle.get().isAlive()) {
                    handle.get().destroyForcibly();
                }
            }
        }
    }

    private Run jcompose(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        return exec(command, Map.of(), 120);
    }

    private Run exec(List<String> command, Map<String, String> env, int seconds) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(env);
        Process p = builder.start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError(command + " did not finish within " + seconds + " s");
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private long startedPid(String out) {
        Matcher m = Pattern.compile("engine started \\(pid (\\d+), socket (.+)\\)").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        long pid = Long.parseLong(m.group(1));
        started.add(pid);
        return pid;
    }

    @Test
    void startStatusDockerCliLockAndStop() throws Exception {
        String[] where = {"--state", state.toString(), "--socket", socket.toString()};
        Run start = jcompose(concat(new String[] {"engine", "start"}, where));
        assertThat(start.code()).as(start.err()).isZero();
        long pid = startedPid(start.out());
        assertThat(start.out()).isEqualTo("engine started (pid " + pid + ", socket " + socket + ")\n");
        assertThat(Files.readString(state.resolve("engine.pid")).strip()).isEqualTo(Long.toString(pid));

        Run again = jcompose(concat(new String[] {"engine", "start"}, where));
        assertThat(again.out()).isEqualTo("engine already running (pid " + pid + ")\n");

        Run status = jcompose(concat(new String[] {"engine", "status"}, where));
        assertThat(status.code()).isZero();
        assertThat(status.out()).contains("status:  running\n", "pid:     " + pid + "\n", "socket:  " + socket + "\n")
                .containsPattern("version: \\S+ \\(API 1\\.47\\)");

        Path docker = Files.isExecutable(Path.of("/usr/local/bin/docker")) ? Path.of("/usr/local/bin/docker")
                : Path.of("/usr/bin/docker");
        if (Files.isExecutable(docker)) {
            Run info = exec(List.of(docker.toString(), "-H", "unix://" + socket, "info"), Map.of(), 60);
            assertThat(info.code()).as(info.out() + info.err()).isZero();
            assertThat(info.out()).contains("Docker Root Dir: " + state, "OSType: linux", "Images: 0");
            assertThat(info.err()).doesNotContainIgnoringCase("error");
            Run version = exec(List.of(docker.toString(), "-H", "unix://" + socket, "version"), Map.of(), 60);
            assertThat(version.code()).as(version.out() + version.err()).isZero();
            assertThat(version.out()).contains("Server: jcompose engine");
        }

        Path other = dir.resolve("run/other.sock");
        Run second = jcompose("engine", "start", "--state", state.toString(), "--socket", other.toString());
        assertThat(second.code()).isEqualTo(1);
        assertThat(second.err()).contains("another jcompose engine is running (pid " + pid + ")");
        assertThat(other).doesNotExist();

        Run logs = jcompose("engine", "logs", "--state", state.toString());
        assertThat(logs.out()).contains("started (pid " + pid);

        Run stop = jcompose(concat(new String[] {"engine", "stop"}, where));
        assertThat(stop.code()).as(stop.err()).isZero();
        assertThat(stop.out()).isEqualTo("engine stopped (pid " + pid + ")\n");
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).isIn(java.util.Optional.empty(),
                java.util.Optional.of(false));
        assertThat(socket).doesNotExist();
        assertThat(state.resolve("engine.pid")).doesNotExist();

        Run stopped = jcompose(concat(new String[] {"engine", "status"}, where));
        assertThat(stopped.code()).isEqualTo(3);
        assertThat(stopped.out()).startsWith("status:  stopped\n");
    }

    @Test
    void aCommandStartsTheEngineOnFirstUse() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("JCOMPOSE_STATE", state.toString());
        env.put("JCOMPOSE_SOCKET", socket.toString());
        env.put(EngineCommandLine.CLASSPATH_VARIABLE,
                Files.readString(ROOT.resolve(".build/engine-classpath")).strip());
        EngineConnection connection = EngineConnection.resolve(java.util.Optional.empty(), env);
        StringWriter notices = new StringWriter();
        var http = connection.ensureRunning(new PrintWriter(notices));
        long pid = startedPid(notices.toString());
        assertThat(http.send("GET", "/_ping", Map.of(), null).bodyText()).isEqualTo("OK");
        assertThat(connection.start()).isEqualTo(new EngineStarter.Outcome(false, pid));
        ProcessHandle engine = ProcessHandle.of(pid).orElseThrow();
        engine.destroy();
        assertThat(engine.onExit().get(20, TimeUnit.SECONDS).isAlive()).isFalse();
        assertThat(socket).doesNotExist();
    }

    @Test
    void serveRunsInTheForegroundAndStopsWithTheCli() throws Exception {
        Path out = dir.resolve("serve.txt");
        Process serve = new ProcessBuilder(LAUNCHER.toString(), "engine", "serve", "--state", state.toString(),
                "--socket", socket.toString()).directory(ROOT.toFile()).redirectErrorStream(true)
                .redirectOutput(out.toFile()).start();
        started.add(serve.pid());
        EngineConnection connection = new EngineConnection(new EngineHost(socket, true),
                EngineLayout.resolve(Map.of("JCOMPOSE_STATE", state.toString())), null);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!connection.ping() && serve.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(connection.ping()).as(Files.readString(out, StandardCharsets.UTF_8)).isTrue();
        long enginePid = Long.parseLong(Files.readString(state.resolve("engine.pid")).strip());
        started.add(enginePid);
        assertThat(enginePid).isNotEqualTo(serve.pid());
        serve.destroy(); // SIGTERM to the CLI, which passes it on
        assertThat(serve.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(ProcessHandle.of(enginePid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(socket).doesNotExist();
        assertThat(Files.readString(out)).contains("stopped");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
