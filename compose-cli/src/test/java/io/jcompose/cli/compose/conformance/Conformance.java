package io.jcompose.cli.compose.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One engine of the conformance scenarios, on its own state directory and socket, with busybox imported as
 * {@code e2e/bb:1}: runs {@code ./jcompose} commands against it, and on {@link #close()} takes down every project
 * it was given, stops the engine by its PID and checks that nothing of it is left on the host. The one harness of
 * every launcher IT, so that each of them cleans up after a failed assertion and is checked for leaks.
 */
public final class Conformance implements AutoCloseable {

    public static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    public static final Path LAUNCHER = ROOT.resolve("jcompose");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int TIMEOUT_SECONDS = 180;

    /** A finished command: exit code, standard output and standard error. */
    public record Run(int code, String out, String err) {

        @Override
        public String toString() {
            return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    private final Path dir;
    private final Path state;
    private final Set<Path> projects = new LinkedHashSet<>();
    private Long enginePid;

    private Conformance(Path dir) {
        this.dir = dir;
        this.state = dir.resolve("state").toAbsolutePath().normalize();
    }

    /** Skips unless this machine can run the engine, then starts one under {@code dir} with busybox imported. */
    public static Conformance start(Path dir) throws Exception {
        assumeTrue(ProcessHandle.current().info().user().map("root"::equals).orElse(false),
                "the jcompose engine needs root");
        assumeTrue(Files.isExecutable(LAUNCHER), "no launcher at " + LAUNCHER);
        assumeTrue(Files.isExecutable(Path.of("/bin/busybox")), "busybox-static is not installed");
        Conformance c = new Conformance(dir);
        Run stale = c.exec(List.of("bash", "-c", ". scripts/lib.sh && jc_build_stale"), Map.of(), 30);
        assumeTrue(stale.code() != 0, "the launcher's build (.build) is older than the sources: run ./jcompose "
                + "--version first (scripts/test-all does)");
        c.engineWithBusybox();
        return c;
    }

    /** The engine's state directory (its tag names its bridges and chains). */
    public Path state() {
        return state;
    }

    /** Writes {@code DIR/NAME/compose.yaml} and remembers it, so that {@link #close()} takes it down. */
    public Path project(String name, String yaml) throws IOException {
        Path file = Files.createDirectories(dir.resolve(name)).resolve("compose.yaml");
        Files.writeString(file, yaml);
        projects.add(file);
        return file;
    }

    /** {@code ./jcompose ARGS}, bounded by a timeout; no stack trace may reach the user. */
    public Run run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        Run r = exec(command, Map.of(), TIMEOUT_SECONDS);
        assertThat(r.err()).as(String.join(" ", args)).doesNotContain("\tat ");
        return r;
    }

    /** {@link #run} that must succeed. */
    public Run ok(String... args) throws Exception {
        Run r = run(args);
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r).isZero();
        return r;
    }

    /** {@code ./jcompose -f FILE ARGS}. */
    public Run compose(Path file, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("-f", file.toString()));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    /** {@link #compose} that must succeed. */
    public Run composeOk(Path file, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("-f", file.toString()));
        all.addAll(List.of(args));
        return ok(all.toArray(String[]::new));
    }

    /** Container name to state ({@code running}, {@code exited}...) from {@code ps -a --format json}. */
    public Map<String, String> states(Path file) throws Exception {
        Map<String, String> states = new TreeMap<>();
        for (String line : composeOk(file, "ps", "-a", "--format", "json").out().lines().toList()) {
            JsonNode c = JSON.readTree(line);
            states.put(c.get("Name").asString(), c.get("State").asString());
        }
        return states;
    }

    /** {@code container inspect NAME} (docker's JSON: Id, State.StartedAt...). */
    public JsonNode inspect(String container) throws Exception {
        return JSON.readTree(ok("container", "inspect", container).out()).get(0);
    }

    /** {@code container exec} retried until its output contains {@code expected} (a server may still start). */
    public Run execUntil(String expected, String container, String... command) throws Exception {
        List<String> args = new ArrayList<>(List.of("container", "exec", container));
        args.addAll(List.of(command));
        Run r = null;
        for (int attempt = 0; attempt < 30; attempt++) {
            r = run(args.toArray(String[]::new));
            if (r.out().contains(expected)) {
                return r;
            }
            Thread.sleep(300);
        }
        return r;
    }

    /** The names of all containers of the engine, running or not. */
    public List<String> allContainers() throws Exception {
        return ok("container", "ls", "-a", "--format", "{{.Names}}").out().lines().sorted().toList();
    }

    /** The names of all networks of the engine. */
    public List<String> allNetworks() throws Exception {
        return ok("network", "ls", "--format", "{{.Name}}").out().lines().sorted().toList();
    }

    private void engineWithBusybox() throws Exception {
        // the embedded DNS forwards nowhere: no query of a test leaves the machine
        Run started = exec(List.of(LAUNCHER.toString(), "engine", "start"),
                Map.of("JAVA_TOOL_OPTIONS", "-Djcompose.dns.upstreams="), TIMEOUT_SECONDS);
        Matcher m = Pattern.compile("engine started \\(pid (\\d+)").matcher(started.out());
        assertThat(m.find()).as("engine start\n" + started).isTrue();
        enginePid = Long.parseLong(m.group(1));
        Path bin = Files.createDirectories(dir.resolve("bb/bin"));
        Files.createDirectories(dir.resolve("bb/tmp"));
        Files.copy(Path.of("/bin/busybox"), bin.resolve("busybox"));
        for (String applet : exec(List.of("/bin/busybox", "--list"), Map.of(), 10).out().lines().toList()) {
            if (!applet.isBlank() && !applet.equals("busybox")) {
                Files.createSymbolicLink(bin.resolve(applet), Path.of("busybox"));
            }
        }
        assertThat(exec(List.of("tar", "-C", dir.resolve("bb").toString(), "-cf", dir.resolve("bb.tar").toString(),
                "."), Map.of(), 30).code()).isZero();
        ok("image", "import", "-c", "ENV PATH=/bin", dir.resolve("bb.tar").toString(), "e2e/bb:1");
    }

    /** {@code command} against this engine, bounded by a timeout, its standard input empty. */
    public Run exec(List<String> command, Map<String, String> extraEnv, int seconds) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder builder = builder(command, out, err);
        builder.environment().putAll(extraEnv);
        Process p = builder.start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError(command + " did not finish within " + seconds + " s");
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** Starts {@code ./jcompose ARGS} in the background against this engine; the caller waits for or ends it. */
    public Process background(Path out, Path err, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        return builder(command, out, err).start();
    }

    private ProcessBuilder builder(List<String> command, Path out, Path err) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(Map.of("JCOMPOSE_STATE", state.toString(),
                "JCOMPOSE_SOCKET", dir.resolve("run/engine.sock").toString()));
        return builder;
    }

    /**
     * Takes down every project ({@code down -v -t 0 --remove-orphans}) and removes leftover containers, even after
     * a failed assertion, stops the engine by its PID, then checks that none of its bridges, chains, mounts or
     * conmon processes is left.
     */
    @Override
    public void close() throws Exception {
        if (enginePid == null) {
            return;
        }
        Set<String> networkIds = new LinkedHashSet<>();
        try {
            if (ProcessHandle.of(enginePid).filter(ProcessHandle::isAlive).isPresent()) {
                networkIds.addAll(exec(List.of(LAUNCHER.toString(), "network", "ls", "-q"), Map.of(), 60).out()
                        .lines().toList());
                for (Path file : projects) {
                    exec(List.of(LAUNCHER.toString(), "-f", file.toString(), "down", "-v", "-t", "0",
                            "--remove-orphans"), Map.of(), TIMEOUT_SECONDS);
                }
                String left = exec(List.of(LAUNCHER.toString(), "container", "ls", "-aq"), Map.of(), 60).out()
                        .strip();
                if (!left.isEmpty()) {
                    List<String> rm = new ArrayList<>(List.of(LAUNCHER.toString(), "container", "rm", "-f"));
                    rm.addAll(List.of(left.split("\\s+")));
                    exec(rm, Map.of(), TIMEOUT_SECONDS);
                }
            }
        } finally {
            stopEngine();
        }
        String log = Files.exists(state.resolve("engine.log")) ? Files.readString(state.resolve("engine.log")) : "";
        Leaks.assertNoneOf(state, networkIds, log.substring(Math.max(0, log.length() - 4000)));
    }

    /** SIGTERM (the engine's shutdown takes its bridges and chains off the host), SIGKILL only after 30 s. */
    private void stopEngine() {
        ProcessHandle.of(enginePid).filter(ProcessHandle::isAlive).ifPresent(h -> {
            h.destroy();
            h.onExit().completeOnTimeout(h, 30, TimeUnit.SECONDS).join();
            if (h.isAlive()) {
                h.destroyForcibly();
                h.onExit().completeOnTimeout(h, 10, TimeUnit.SECONDS).join();
            }
        });
    }
}
