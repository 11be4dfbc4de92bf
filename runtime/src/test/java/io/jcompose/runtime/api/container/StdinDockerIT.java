package io.jcompose.runtime.api.container;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.runtime.api.image.DockerCli;
import io.jcompose.runtime.engine.Engine;
import io.jcompose.runtime.engine.EngineOptions;
import io.jcompose.runtime.engine.TestEngines;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input reaches a container's main process: the real docker CLI with {@code -i} on a pipe and {@code -it} on a
 * terminal ({@code script}) against a whole engine, through conmon's attach socket, and terminal sizes through
 * conmon's control FIFO. Nothing of ours is left after each test.
 */
class StdinDockerIT {

    @TempDir
    Path dir;
    private EngineOptions options;
    private Engine engine;
    private DockerCli docker;

    /** A finished docker command fed from a pipe: its stdout and stderr together, and its exit code. */
    record Piped(int exit, String output) {
    }

    @BeforeEach
    void start() throws Exception {
        TestEngines.assumeContainersWork();
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")),
                "script (util-linux) is not installed: no terminal for docker -t");
        options = TestEngines.options(dir);
        engine = TestEngines.start(options);
        docker = TestEngines.dockerWithBusybox(options, dir);
    }

    @AfterEach
    void stop() throws Exception {
        if (engine == null) {
            return;
        }
        TestEngines.stop(engine, docker, options);
    }

    @Test
    void runWithStdinOnAPipeReadsItAndTheEndOfInputClosesTheContainersStdin() throws Exception {
        Piped read = piped("hello\n", "run", "-i", "--rm", "bb:1", "sh", "-c", "read x; echo got $x");
        assertThat(read.output()).isEqualTo("got hello\n");
        assertThat(read.exit()).isZero();

        Piped cat = piped("one\ntwo\n", "run", "-i", "--rm", "bb:1", "cat");
        assertThat(cat.output()).as("cat saw the end of its input").isEqualTo("one\ntwo\n");
        assertThat(cat.exit()).isZero();

        Piped loud = piped("y\n", "run", "-i", "--rm", "bb:1", "sh", "-c",
                "read x; yes $x | head -n 100000 | wc -l; yes $x | head -n 100000; echo done");
        assertThat(loud.output()).as("output is not held up by the attach socket").startsWith("100000\n")
                .endsWith("y\ndone\n");
        assertThat(docker.ok("ps", "-aq")).isEmpty();
    }

    @Test
    void runOnATerminalTypesIntoTheShellAtTheTerminalsSize() throws Exception {
        // docker sizes the terminal right after the start, while the shell may already read what was typed early
        DockerCli.Result run = docker.onTerminal(30, 100,
                List.of("sleep 1; stty size\n", "echo $((6*7))\n", "exit 5\n"), "run", "-it", "--rm", "bb:1", "sh");
        assertThat(run.output()).contains("30 100").contains("42");
        assertThat(run.exit()).as(run.output()).isEqualTo(5);
        assertThat(docker.ok("ps", "-aq")).isEmpty();
    }

    @Test
    void attachTypesIntoARunningTerminalContainerAndDetachKeepsItRunning() throws Exception {
        docker.ok("run", "-dit", "--name", "term", "bb:1", "sh");
        DockerCli.Result first = docker.onTerminal(20, 60, List.of("echo $((6*7))\n", "\u0010\u0011"),
                "attach", "term");
        assertThat(first.output()).contains("42");
        assertThat(docker.ok("inspect", "-f", "{{.State.Status}}", "term").strip()).as(first.output())
                .isEqualTo("running");
        DockerCli.Result second = docker.onTerminal(20, 60, List.of("stty size\n", "exit 3\n"), "attach", "term");
        assertThat(second.output()).contains("20 60");
        assertThat(second.exit()).as(second.output()).isEqualTo(3);
        assertThat(docker.ok("inspect", "-f", "{{.State.Status}} {{.State.ExitCode}}", "term").strip())
                .isEqualTo("exited 3");
    }

    @Test
    void withoutStdinOnceAClientThatGoesAwayLeavesTheContainersStdinOpen() throws Exception {
        docker.ok("run", "-di", "--name", "echoer", "bb:1", "sh", "-c",
                "while read l; do echo \"<$l>\"; done; echo eof");
        typeThenQuit("echoer", "a\n", "<a>\n");
        typeThenQuit("echoer", "b\n", "<a>\n<b>\n");
        assertThat(docker.ok("inspect", "-f", "{{.State.Status}}", "echoer").strip()).isEqualTo("running");
    }

    /**
     * Attaches with a pipe as stdin, types, waits for the logs to show it, then kills the CLI (a SIGKILL, which
     * docker does not pass on to the container): docker's attach itself lasts until the container exits.
     */
    private void typeThenQuit(String name, String input, String logs) throws Exception {
        Process attach = dockerProcess("attach", name);
        try {
            attach.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
            attach.getOutputStream().flush();
            awaitLogs(name, logs);
        } finally {
            attach.destroyForcibly();
            attach.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private void awaitLogs(String name, String expected) throws Exception {
        String logs = "";
        for (int i = 0; i < 100 && !logs.equals(expected); i++) {
            Thread.sleep(100);
            logs = docker.ok("logs", name);
        }
        assertThat(logs).isEqualTo(expected);
    }

    /** Runs docker with {@code input} on its stdin, then the end of it. */
    private Piped piped(String input, String... args) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        ProcessBuilder pb = dockerCommand(args).redirectErrorStream(true).redirectOutput(out.toFile());
        Process p = pb.start();
        try (OutputStream stdin = p.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // docker ended first; its output says why
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("docker " + String.join(" ", args) + " did not finish: " + Files.readString(out));
        }
        return new Piped(p.exitValue(), Files.readString(out));
    }

    private Process dockerProcess(String... args) throws IOException {
        return dockerCommand(args).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private ProcessBuilder dockerCommand(String... args) {
        Path binary = Files.isExecutable(Path.of("/usr/local/bin/docker")) ? Path.of("/usr/local/bin/docker")
                : Path.of("/usr/bin/docker");
        List<String> command = new ArrayList<>(List.of(binary.toString(), "-H", "unix://" + options.socket()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("DOCKER_CONFIG", dir.resolve("docker-config").toString());
        pb.environment().remove("DOCKER_HOST");
        pb.environment().remove("DOCKER_CONTEXT");
        return pb;
    }
}
