package io.jcompose.cli.compose.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jcompose.cli.compose.conformance.Conformance.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A dockerd of Debian's docker.io on its own directory and socket, started as bench/compose-stack starts it (no
 * default bridge, no iptables, its own cgroup parent), with busybox imported as {@code e2e/bb:1}: runs
 * {@code ./jcompose --host unix://SOCKET} against it, and on {@link #close()} stops it by its PID and checks that
 * nothing of it is left on the host. Nothing is pulled.
 */
final class PrivateDockerd implements AutoCloseable {

    static final Path DOCKERD = Path.of("/usr/sbin/dockerd");
    private static final List<Path> CLIS = List.of(Path.of("/usr/bin/docker"), Path.of("/usr/local/bin/docker"));
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int TIMEOUT_SECONDS = 120;

    private final Path dir;
    private final Path cli;
    private final String cgroup = "jc-dockerd-" + UUID.randomUUID().toString().substring(0, 8);
    private final DockerdLeaks leaks;
    private final Set<Path> projects = new LinkedHashSet<>();
    private final Set<String> networkIds = new LinkedHashSet<>();
    private Process dockerd;

    private PrivateDockerd(Path dir, Path cli) throws Exception {
        this.dir = dir;
        this.cli = cli;
        this.leaks = DockerdLeaks.before(dir, cgroup);
    }

    /** Skips unless this machine has root, dockerd and a docker CLI; then starts one under {@code dir}. */
    static PrivateDockerd start(Path dir) throws Exception {
        assumeTrue(ProcessHandle.current().info().user().map("root"::equals).orElse(false), "dockerd needs root");
        assumeTrue(Files.isExecutable(DOCKERD), "no " + DOCKERD + " (Debian's docker.io is not installed)");
        Optional<Path> cli = CLIS.stream().filter(Files::isExecutable).findFirst();
        assumeTrue(cli.isPresent(), "no docker CLI at " + CLIS);
        assumeTrue(Files.isExecutable(Conformance.LAUNCHER), "no launcher at " + Conformance.LAUNCHER);
        assumeTrue(Files.isExecutable(Path.of("/bin/busybox")), "busybox-static is not installed");
        PrivateDockerd d = new PrivateDockerd(dir.toRealPath(), cli.get());
        Run stale = d.exec(List.of("bash", "-c", ". scripts/lib.sh && jc_build_stale"), 30);
        assumeTrue(stale.code() != 0, "the launcher's build (.build) is older than the sources: run ./jcompose "
                + "--version first (scripts/test-all does)");
        try {
            d.startDaemon();
            d.importBusybox();
        } catch (Throwable e) {
            d.close();
            throw e;
        }
        return d;
    }

    /** The daemon's address, for {@code --host}. */
    String host() {
        return "unix://" + dir.resolve("docker.sock");
    }

    /** Writes {@code DIR/NAME/compose.yaml} and remembers it, so that {@link #downAll()} takes it down. */
    Path project(String name, String yaml) throws IOException {
        Path file = Files.createDirectories(dir.resolve("projects").resolve(name)).resolve("compose.yaml");
        Files.writeString(file, yaml);
        projects.add(file);
        return file;
    }

    /** {@code ./jcompose --host unix://SOCKET -f FILE ARGS}; no stack trace may reach the user. */
    Run compose(Path file, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Conformance.LAUNCHER.toString(), "--host", host(), "-f",
                file.toString()));
        command.addAll(List.of(args));
        Run r = exec(command, TIMEOUT_SECONDS);
        recordNetworks();
        assertThat(r.err()).as(String.join(" ", args)).doesNotContain("\tat ");
        return r;
    }

    /** {@link #compose} that must succeed. */
    Run composeOk(Path file, String... args) throws Exception {
        Run r = compose(file, args);
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r).isZero();
        return r;
    }

    /** {@code docker -H unix://SOCKET ARGS} (the daemon's own CLI, to check what jcompose did), that must succeed. */
    Run docker(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(cli.toString(), "-H", host()));
        command.addAll(List.of(args));
        Run r = exec(command, TIMEOUT_SECONDS);
        assertThat(r.code()).as("docker " + String.join(" ", args) + "\n" + r).isZero();
        return r;
    }

    /** Container name to state ({@code running}, {@code exited}...) from jcompose's {@code ps -a --format json}. */
    Map<String, String> states(Path file) throws Exception {
        Map<String, String> states = new TreeMap<>();
        for (String line : composeOk(file, "ps", "-a", "--format", "json").out().lines().toList()) {
            JsonNode c = JSON.readTree(line);
            states.put(c.get("Name").asString(), c.get("State").asString());
        }
        return states;
    }

    /** {@code down -v -t 0 --remove-orphans} of every project so far, then removes any container left. */
    void downAll() throws Exception {
        if (dockerd == null || !dockerd.isAlive()) {
            return;
        }
        for (Path file : projects) {
            compose(file, "down", "-v", "-t", "0", "--remove-orphans");
        }
        projects.clear();
        String left = exec(List.of(cli.toString(), "-H", host(), "ps", "-aq"), 60).out().strip();
        if (!left.isEmpty()) {
            List<String> rm = new ArrayList<>(List.of(cli.toString(), "-H", host(), "rm", "-f", "-v"));
            rm.addAll(List.of(left.split("\\s+")));
            exec(rm, TIMEOUT_SECONDS);
        }
    }

    private void startDaemon() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.createDirectories(dir.resolve("exec"));
        Files.createDirectories(dir.resolve("cli"));
        // the key dockerd 20.10 would otherwise write to /etc/docker/key.json
        Files.writeString(dir.resolve("daemon.json"), "{\"deprecated-key-path\": \"" + dir.resolve("key.json")
                + "\"}\n");
        // no default bridge and no iptables: docker-proxy publishes 127.0.0.1 ports, the host's firewall is untouched
        dockerd = new ProcessBuilder(DOCKERD.toString(), "--config-file", dir.resolve("daemon.json").toString(),
                "--data-root", dir.resolve("data").toString(), "--exec-root", dir.resolve("exec").toString(),
                "-H", host(), "--pidfile", dir.resolve("dockerd.pid").toString(), "--bridge=none",
                "--iptables=false", "--ip-forward=false", "--ip-masq=false", "--cgroup-parent", "/" + cgroup,
                "--log-level", "warn")
                .redirectErrorStream(true).redirectOutput(dir.resolve("dockerd.log").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
        List<String> version = List.of(cli.toString(), "-H", host(), "version", "--format", "{{.Server.Version}}");
        for (int attempt = 0; attempt < 150; attempt++) {
            if (!dockerd.isAlive()) {
                break;
            }
            if (exec(version, 10).code() == 0) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("dockerd did not answer `docker version` within 30 s; its log:\n" + log());
    }

    private void importBusybox() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bb/bin"));
        Files.createDirectories(dir.resolve("bb/tmp"));
        Files.copy(Path.of("/bin/busybox"), bin.resolve("busybox"));
        for (String applet : exec(List.of("/bin/busybox", "--list"), 10).out().lines().toList()) {
            if (!applet.isBlank() && !applet.equals("busybox")) {
                Files.createSymbolicLink(bin.resolve(applet), Path.of("busybox"));
            }
        }
        Path tar = dir.resolve("bb.tar");
        assertThat(exec(List.of("tar", "-C", dir.resolve("bb").toString(), "-cf", tar.toString(), "."), 30).code())
                .isZero();
        docker("import", "-c", "ENV PATH=/bin", tar.toString(), "e2e/bb:1");
    }

    private void recordNetworks() throws Exception {
        if (dockerd != null && dockerd.isAlive()) {
            networkIds.addAll(exec(List.of(cli.toString(), "-H", host(), "network", "ls", "-q", "--no-trunc"), 60)
                    .out().lines().toList());
        }
    }

    private String log() throws IOException {
        Path log = dir.resolve("dockerd.log");
        String text = Files.exists(log) ? Files.readString(log) : "";
        return text.substring(Math.max(0, text.length() - 4000));
    }

    /** Runs a command in the repository's root with the CLI's config and any local engine's state kept under DIR. */
    private Run exec(List<String> command, int seconds) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(Conformance.ROOT.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(Map.of("DOCKER_CONFIG", dir.resolve("cli").toString(),
                "JCOMPOSE_STATE", jcomposeState().toString(), "JCOMPOSE_SOCKET", dir.resolve("jc/engine.sock")
                        .toString()));
        builder.environment().remove("DOCKER_HOST");
        builder.environment().remove("JCOMPOSE_HOST");
        Process p = builder.start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError(command + " did not finish within " + seconds + " s");
        }
        Run r = new Run(p.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    /** Where a local jcompose engine would keep its state: with {@code --host} none may ever start. */
    Path jcomposeState() {
        return dir.resolve("jc/state");
    }

    /**
     * Takes the projects down, stops dockerd by its PID (SIGTERM, SIGKILL after 30 s) and waits for its containerd,
     * unmounts what is left under DIR and removes the cgroup directories; then fails, naming each, if any process,
     * mount, bridge, DOCKER chain or cgroup of the daemon is left, or if a local jcompose engine was started.
     */
    @Override
    public void close() throws Exception {
        try {
            downAll();
        } finally {
            stopDaemon();
        }
        List<String> early = new ArrayList<>();
        for (int attempt = 0; attempt < 40; attempt++) {
            early = leaks.processes().stream().map(p -> "process " + p.pid() + ": "
                    + DockerdLeaks.cmdline(p.pid())).toList();
            if (early.isEmpty()) {
                break;
            }
            Thread.sleep(250); // shims and proxies may take a moment after their daemon
        }
        leaks.processes().forEach(ProcessHandle::destroyForcibly); // ours: they name our directory
        // what dockerd leaves by design: its cgroup parent, and mounts if a shutdown was cut short
        for (String mount : leaks.mounts()) {
            exec(List.of("umount", "-l", mount), 30);
        }
        for (Path cgroup : leaks.cgroups()) {
            removeDepthFirst(cgroup);
        }
        List<String> left = new ArrayList<>(early);
        leaks.found(networkIds).stream().filter(l -> !l.startsWith("process ")).forEach(left::add);
        if (Files.exists(jcomposeState())) {
            left.add("a local jcompose engine's state at " + jcomposeState() + " (--host must not start one)");
        }
        assertThat(left).as("left behind by the private dockerd on " + dir + "; the end of its log:\n" + log())
                .isEmpty();
    }

    private void stopDaemon() throws Exception {
        if (dockerd == null) {
            return;
        }
        List<ProcessHandle> children = dockerd.toHandle().children().toList(); // its managed containerd
        dockerd.destroy();
        if (!dockerd.waitFor(30, TimeUnit.SECONDS)) {
            dockerd.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        for (ProcessHandle child : children) {
            child.onExit().completeOnTimeout(child, 10, TimeUnit.SECONDS).join();
            if (child.isAlive()) {
                child.destroyForcibly();
                child.onExit().completeOnTimeout(child, 10, TimeUnit.SECONDS).join();
            }
        }
    }

    private static void removeDepthFirst(Path cgroup) throws IOException {
        try (Stream<Path> walk = Files.walk(cgroup)) {
            for (Path d : walk.filter(Files::isDirectory).sorted((a, b) -> b.getNameCount() - a.getNameCount())
                    .toList()) {
                Files.deleteIfExists(d);
            }
        } catch (IOException e) {
            // left in place: reported as a leak by the check that follows
        }
    }
}
