package io.jcompose.cli.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lifecycle commands as a user runs them against the real engine on a temporary state and socket, as root:
 * {@code up -d} a web server and a client that depends on it, then stop/start/restart/pause/unpause/kill/wait,
 * port/top/images/ls/stats/events, rm, and down; states are read from {@code ps -a --format json}. The engine is
 * stopped by its own PID.
 */
class ComposeLifecycleIT {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path LAUNCHER = ROOT.resolve("jcompose");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String STACK = """
            name: e2elc
            services:
              web:
                image: e2e/bb:1
                command: ["sh", "-c", "mkdir -p /www && echo hi > /www/index.html && httpd -f -p 80 -h /www"]
                ports: ["127.0.0.1:18091:80"]
              client:
                image: e2e/bb:1
                depends_on: [web]
                command: ["sleep", "600"]
            """;

    @TempDir
    Path dir;

    private Long enginePid;
    private final List<Process> started = new ArrayList<>();
    private String file;

    private record Run(int code, String out, String err) {
    }

    @BeforeEach
    void requirements() throws Exception {
        assumeTrue(ProcessHandle.current().info().user().map("root"::equals).orElse(false),
                "the jcompose engine needs root");
        assumeTrue(Files.isExecutable(LAUNCHER), "no launcher at " + LAUNCHER);
        assumeTrue(Files.isExecutable(Path.of("/bin/busybox")), "busybox-static is not installed");
        Run stale = exec(List.of("bash", "-c", ". scripts/lib.sh && jc_build_stale"), 30);
        assumeTrue(stale.code() != 0, "the launcher's build (.build) is older than the sources: run ./jcompose "
                + "--version first (scripts/test-all does)");
    }

    @AfterEach
    void stopWhatWeStarted() throws Exception {
        for (Process p : started) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        if (enginePid != null && file != null && ProcessHandle.of(enginePid).map(ProcessHandle::isAlive)
                .orElse(false)) {
            exec(command("-f", file, "down", "-t", "1"), 120);
        }
        if (enginePid != null) {
            ProcessHandle.of(enginePid).filter(ProcessHandle::isAlive).ifPresent(h -> {
                h.destroy();
                if (h.onExit().completeOnTimeout(null, 20, TimeUnit.SECONDS).join() == null || h.isAlive()) {
                    h.destroyForcibly();
                }
            });
        }
    }

    private ProcessBuilder builder(List<String> command, Path out, Path err) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile())
                .redirectInput(new File("/dev/null")).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(Map.of("JCOMPOSE_STATE", dir.resolve("state").toString(),
                "JCOMPOSE_SOCKET", dir.resolve("run/engine.sock").toString()));
        return builder;
    }

    private Run exec(List<String> command, int seconds) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = builder(command, out, err).start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError(command + " did not finish within " + seconds + " s");
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        return command;
    }

    private Run run(String... args) throws Exception {
        Run r = exec(command(args), 180);
        assertThat(r.err()).as(String.join(" ", args)).doesNotContain("\tat ");
        return r;
    }

    private Run ok(String... args) throws Exception {
        Run r = run(args);
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r.out() + r.err()).isZero();
        return r;
    }

    /** Runs a compose command of the project. */
    private Run compose(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("-f", file));
        all.addAll(List.of(args));
        return ok(all.toArray(String[]::new));
    }

    /** Container name -> state, from {@code ps -a --format json}. */
    private Map<String, String> states() throws Exception {
        Map<String, String> states = new TreeMap<>();
        for (String line : compose("ps", "-a", "--format", "json").out().lines().toList()) {
            JsonNode c = JSON.readTree(line);
            states.put(c.get("Name").asString(), c.get("State").asString());
        }
        return states;
    }

    /** Starts the engine and imports a busybox image as {@code e2e/bb:1}. */
    private void engineWithBusybox() throws Exception {
        Matcher m = Pattern.compile("engine started \\(pid (\\d+)").matcher(ok("engine", "start").out());
        assertThat(m.find()).isTrue();
        enginePid = Long.parseLong(m.group(1));
        Path bin = Files.createDirectories(dir.resolve("bb/bin"));
        Files.copy(Path.of("/bin/busybox"), bin.resolve("busybox"));
        for (String applet : List.of("sh", "sleep", "mkdir", "echo", "httpd", "wget", "cat")) {
            Files.createSymbolicLink(bin.resolve(applet), Path.of("busybox"));
        }
        assertThat(exec(List.of("tar", "-C", dir.resolve("bb").toString(), "-cf", dir.resolve("bb.tar").toString(),
                "."), 30).code()).isZero();
        ok("image", "import", "-c", "ENV PATH=/bin", dir.resolve("bb.tar").toString(), "e2e/bb:1");
    }

    @Test
    void aStackThroughItsLifecycle() throws Exception {
        engineWithBusybox();
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(project.resolve("compose.yaml"), STACK);
        file = project.resolve("compose.yaml").toString();
        compose("up", "-d");
        assertThat(states()).isEqualTo(Map.of("e2elc-web-1", "running", "e2elc-client-1", "running"));

        assertThat(compose("port", "web", "80").out()).isEqualTo("127.0.0.1:18091\n");
        Run noPort = run("-f", file, "port", "web", "81");
        assertThat(noPort.code()).isEqualTo(1);
        assertThat(noPort.err()).contains("no port 81/tcp for container e2elc-web-1");
        assertThat(compose("top", "web").out()).startsWith("e2elc-web-1\nUID ").contains("httpd -f -p 80");
        assertThat(compose("images").out()).startsWith("CONTAINER ").containsPattern(
                "e2elc-client-1 +e2e/bb +1 +[0-9a-f]{12} +[0-9.]+[kM]B\n");
        assertThat(compose("ls").out()).containsPattern("e2elc +running\\(2\\) +" + Pattern.quote(file));
        assertThat(ok("ls", "-q", "--filter", "name=e2e").out()).isEqualTo("e2elc\n");
        assertThat(compose("stats", "--no-stream", "--format", "{{.Name}}").out())
                .isEqualTo("e2elc-client-1\ne2elc-web-1\n");

        Run stop = compose("stop", "-t", "1");
        assertThat(stop.err()).contains(" \u2714 Container e2elc-client-1  Stopped", " \u2714 Container e2elc-web-1  "
                + "Stopped");
        assertThat(stop.err().indexOf("e2elc-client-1  Stopped")).isLessThan(stop.err().indexOf("e2elc-web-1  Stopped"));
        assertThat(states()).containsOnlyKeys("e2elc-web-1", "e2elc-client-1").doesNotContainValue("running");
        assertThat(compose("ls").out()).doesNotContain("e2elc");
        assertThat(compose("ls", "-a").out()).contains("e2elc").contains("exited(2)");

        Run start = compose("start");
        assertThat(start.err().indexOf("e2elc-web-1  Started")).isNotNegative()
                .isLessThan(start.err().indexOf("e2elc-client-1  Started"));
        assertThat(states()).containsValues("running").doesNotContainValue("exited");

        Path events = Files.createTempFile(dir, "events", ".txt");
        Process follow = builder(command("-f", file, "events", "--json", "web"), events,
                Files.createTempFile(dir, "events-err", ".txt")).start();
        started.add(follow);
        Thread.sleep(1500); // the stream is open before the restart
        assertThat(compose("restart", "-t", "1", "web").err()).contains(" \u2714 Container e2elc-web-1  Started");
        assertThat(states()).containsEntry("e2elc-web-1", "running");
        String seen = "";
        for (int attempt = 0; attempt < 20 && !seen.contains("\"action\":\"start\""); attempt++) {
            Thread.sleep(250);
            seen = Files.readString(events);
        }
        follow.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        assertThat(seen).contains("\"action\":\"start\"", "\"service\":\"web\"").doesNotContain("client");

        assertThat(compose("pause").err()).contains(" \u2714 Container e2elc-web-1  Paused");
        assertThat(states()).containsEntry("e2elc-web-1", "paused").containsEntry("e2elc-client-1", "paused");
        assertThat(compose("unpause").err()).contains(" \u2714 Container e2elc-client-1  Unpaused");
        assertThat(states()).containsEntry("e2elc-web-1", "running").containsEntry("e2elc-client-1", "running");

        Path waitOut = Files.createTempFile(dir, "wait", ".txt");
        Process waiting = builder(command("-f", file, "wait", "client"), waitOut, waitOut).start();
        started.add(waiting);
        Thread.sleep(1500);
        assertThat(compose("kill", "client").err()).contains(" \u2714 Container e2elc-client-1  Killed");
        assertThat(waiting.waitFor(60, TimeUnit.SECONDS)).as("wait returns once client is killed").isTrue();
        assertThat(waiting.exitValue()).as(Files.readString(waitOut)).isEqualTo(137);
        assertThat(states()).containsEntry("e2elc-client-1", "exited").containsEntry("e2elc-web-1", "running");

        Run unknown = run("-f", file, "stop", "nope");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("no such service: nope");

        Run asked = compose("rm", "client");
        assertThat(asked.out()).startsWith("Going to remove e2elc-client-1  Are you sure? [yN]");
        assertThat(states()).containsKey("e2elc-client-1");
        Run removed = compose("rm", "-f", "client");
        assertThat(removed.out()).isEqualTo("Going to remove e2elc-client-1\n");
        assertThat(removed.err()).contains(" \u2714 Container e2elc-client-1  Removed");
        assertThat(states()).containsOnlyKeys("e2elc-web-1");
        assertThat(compose("rm", "-f", "-s", "web").err()).contains(" \u2714 Container e2elc-web-1  Stopped",
                " \u2714 Container e2elc-web-1  Removed");
        assertThat(states()).isEmpty();

        compose("down", "-t", "1");
        file = null;
        assertThat(ok("container", "ls", "-aq").out()).isEmpty();
        assertThat(ok("network", "ls", "--format", "{{.Name}}").out()).doesNotContain("e2elc");
        ok("engine", "stop");
    }
}
