package io.jcompose.runtime.api.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jcompose.runtime.api.image.DockerCli;
import io.jcompose.runtime.engine.Engine;
import io.jcompose.runtime.engine.EngineOptions;
import io.jcompose.runtime.engine.TestEngines;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real docker CLI in the foreground against a whole engine (conmon, runc, overlayfs): {@code docker run}
 * without -d, {@code docker start -a} and {@code docker attach} print the container's stdout and stderr on their
 * own streams as it runs and exit with its code. Nothing of ours is left after each test.
 */
class AttachDockerIT {


    @TempDir
    Path dir;
    private EngineOptions options;
    private Engine engine;
    private DockerCli docker;
    private Path binary;

    /** One finished docker command: its stdout and stderr apart, and its exit code. */
    record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void start() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "containers need root");
        for (String tool : List.of("/usr/sbin/runc", "/usr/bin/conmon", "/bin/busybox")) {
            assumeTrue(Files.isExecutable(Path.of(tool)), tool + " is not installed");
        }
        options = new EngineOptions(dir.resolve("state"), dir.resolve("engine.sock"), Optional.empty());
        engine = Engine.start(options, "0.1.0-test", TestEngines.HOST, ProcessHandle.current().pid());
        docker = new DockerCli(options.socket(), Files.createDirectories(dir.resolve("docker-config")));
        binary = Files.isExecutable(Path.of("/usr/local/bin/docker")) ? Path.of("/usr/local/bin/docker")
                : Path.of("/usr/bin/docker");
        docker.ok("import", "-c", "CMD [\"sh\"]", "-c", "ENV PATH=/bin", TestEngines.busyboxTar(dir).toString(),
                "bb:1");
    }

    @AfterEach
    void stop() throws Exception {
        if (engine == null) {
            return;
        }
        TestEngines.stop(engine, docker, options);
    }

    @Test
    void runInTheForegroundPrintsBothStreamsExitsWithTheCodeAndRmLeavesNothing() throws Exception {
        Run run = docker("run", "--rm", "bb:1", "sh", "-c", "echo hi; echo err >&2; exit 3");
        assertThat(run.out()).as(run.err()).isEqualTo("hi\n");
        assertThat(run.err()).isEqualTo("err\n");
        assertThat(run.exit()).isEqualTo(3);
        assertThat(docker.ok("ps", "-aq")).isEmpty();
    }

    @Test
    void outputArrivesInOrderWhileTheContainerRuns() throws Exception {
        Process p = start("run", "--name", "count", "bb:1", "sh", "-c",
                "for i in 1 2 3; do echo $i; sleep 0.2; done");
        List<String> lines = new ArrayList<>();
        long firstLine = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                firstLine = lines.isEmpty() ? System.nanoTime() : firstLine;
                lines.add(line);
            }
        }
        long end = System.nanoTime();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(lines).containsExactly("1", "2", "3");
        assertThat(p.exitValue()).isZero();
        assertThat(TimeUnit.NANOSECONDS.toMillis(end - firstLine)).as("the first line came while it ran")
                .isGreaterThanOrEqualTo(250);
        assertThat(docker.ok("inspect", "-f", "{{.State.Status}} {{.State.ExitCode}}", "count").strip())
                .isEqualTo("exited 0");
    }

    @Test
    void startAttachedPrintsOnlyThisRunsOutput() throws Exception {
        docker.ok("create", "--name", "made", "bb:1", "sh", "-c", "echo made; echo oops >&2; exit 2");
        Run first = docker("start", "-a", "made");
        assertThat(first.out()).as(first.err()).isEqualTo("made\n");
        assertThat(first.err()).isEqualTo("oops\n");
        assertThat(first.exit()).isEqualTo(2);
        Run second = docker("start", "-a", "made");
        assertThat(second.out()).isEqualTo("made\n");
        assertThat(second.exit()).isEqualTo(2);
        Run logs = docker("logs", "made");
        assertThat(logs.out().lines().toList()).containsExactly("made", "made");
        assertThat(logs.err().lines().toList()).containsExactly("oops", "oops");
    }

    @Test
    void attachToARunningContainerAndATerminalContainer() throws Exception {
        docker.ok("run", "-d", "--name", "later", "bb:1", "sh", "-c", "sleep 1; echo late; exit 4");
        Run attached = docker("attach", "later");
        assertThat(attached.out()).as(attached.err()).isEqualTo("late\n");
        assertThat(attached.exit()).isEqualTo(4);

        Run tty = docker("run", "-t", "--rm", "bb:1", "sh", "-c", "echo on a tty");
        assertThat(tty.out()).as(tty.err()).isEqualTo("on a tty\r\n");
        assertThat(tty.exit()).isZero();
    }

    private Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(binary.toString(), "-H", "unix://" + options.socket()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("DOCKER_CONFIG", dir.resolve("docker-config").toString());
        pb.environment().remove("DOCKER_HOST");
        pb.environment().remove("DOCKER_CONTEXT");
        Process p = pb.start();
        p.getOutputStream().close();
        return p;
    }

    private Run docker(String... args) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        List<String> command = new ArrayList<>(List.of(binary.toString(), "-H", "unix://" + options.socket()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        pb.environment().put("DOCKER_CONFIG", dir.resolve("docker-config").toString());
        pb.environment().remove("DOCKER_HOST");
        pb.environment().remove("DOCKER_CONTEXT");
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("docker " + String.join(" ", args) + " did not finish: "
                    + Files.readString(out) + Files.readString(err));
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
