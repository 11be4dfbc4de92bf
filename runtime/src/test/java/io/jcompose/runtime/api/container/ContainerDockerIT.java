package io.jcompose.runtime.api.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jcompose.runtime.api.image.DockerCli;
import io.jcompose.runtime.engine.Engine;
import io.jcompose.runtime.engine.EngineOptions;
import io.jcompose.runtime.engine.TestEngines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a docker user sees: the real docker CLI against a whole engine (real conmon, runc, overlayfs, cgroups) on
 * a temp state directory: run, logs, wait, stop, limits, users, read-only roots, and an engine that goes away and
 * comes back while containers run. After each test nothing of ours is left: no mounts, runc containers, conmon
 * processes or cgroups.
 */
class ContainerDockerIT {


    @TempDir
    Path dir;
    private EngineOptions options;
    private Engine engine;
    private DockerCli docker;

    @BeforeEach
    void start() throws Exception {
        TestEngines.assumeContainersWork();
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
    void runDetachedThenLogsWaitInspectAndRemove() throws Exception {
        String id = docker.ok("run", "-d", "--name", "job", "bb:1", "sh", "-c",
                "echo hello; echo oops >&2; sleep 1; exit 4").strip();
        assertThat(id).matches("[0-9a-f]{64}");
        assertThat(docker.ok("ps", "--format", "{{.Names}} {{.Status}}")).startsWith("job Up ");
        assertThat(docker.ok("wait", "job").strip()).isEqualTo("4");
        assertThat(docker.ok("logs", "job").lines().toList()).containsExactlyInAnyOrder("hello", "oops");
        DockerCli.Result stdoutOnly = docker.run("logs", "job");
        assertThat(stdoutOnly.output()).contains("hello");
        assertThat(docker.ok("inspect", "-f", "{{.State.Status}} {{.State.ExitCode}} {{.Path}} {{.Args}}", "job")
                .strip()).isEqualTo("exited 4 sh [-c echo hello; echo oops >&2; sleep 1; exit 4]");
        assertThat(docker.ok("ps", "-a", "--format", "{{.Status}}").strip()).startsWith("Exited (4) ");
        assertThat(docker.ok("ps", "-q")).isEmpty();
        docker.ok("rm", "job");
        assertThat(docker.run("container", "inspect", "job").output()).contains("No such container: job");
    }

    @Test
    void stopUsesTheStopSignalAndKillsAPid1WithoutAHandlerAtOnce() throws Exception {
        docker.ok("run", "-d", "--name", "polite", "bb:1", "sh", "-c",
                "trap 'echo bye; exit 0' TERM; while true; do sleep 0.1; done");
        docker.ok("run", "-d", "--name", "stubborn", "bb:1", "sleep", "1000");
        Thread.sleep(300);
        docker.ok("stop", "polite");
        assertThat(docker.ok("inspect", "-f", "{{.State.ExitCode}}", "polite").strip()).isEqualTo("0");
        assertThat(docker.ok("logs", "polite")).contains("bye");
        long t0 = System.nanoTime();
        docker.ok("stop", "stubborn"); // sleep as PID 1 has no SIGTERM handler: killed at once, not after 10 s
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(3));
        assertThat(docker.ok("inspect", "-f", "{{.State.ExitCode}}", "stubborn").strip()).isEqualTo("137");
    }

    @Test
    void userEnvReadOnlyRootAndInit() throws Exception {
        docker.ok("run", "-d", "--name", "usr", "--user", "1000:1000", "--read-only", "-e", "FOO=bar", "--init",
                "--hostname", "box1", "bb:1", "sh", "-c",
                "id -u; id -g; echo $FOO; hostname; touch /x 2>/dev/null || echo read-only; cat /proc/1/cmdline");
        docker.ok("wait", "usr");
        String out = docker.ok("logs", "usr");
        assertThat(out.lines().toList()).startsWith("1000", "1000", "bar", "box1", "read-only");
        assertThat(out).contains("/sbin/docker-init");
    }

    @Test
    void limitsAreEnforced() throws Exception {
        docker.ok("run", "-d", "--name", "hog", "-m", "32m", "--memory-swap", "32m", "bb:1", "sh", "-c",
                "x=$(head -c 200000000 /dev/zero | tr '\\0' a); echo survived");
        assertThat(docker.ok("wait", "hog").strip()).isEqualTo("137");
        assertThat(docker.ok("inspect", "-f", "{{.State.OOMKilled}}", "hog").strip()).isEqualTo("true");

        docker.ok("run", "-d", "--name", "forks", "--pids-limit", "8", "bb:1", "sh", "-c",
                "for i in $(seq 20); do sleep 5 & done 2>&1; echo done");
        docker.ok("wait", "forks");
        assertThat(docker.ok("logs", "forks")).containsIgnoringCase("can't fork");
    }

    @Test
    void containersOutliveTheEngineAndAreReadoptedWithTheirExitCodes() throws Exception {
        docker.ok("run", "-d", "--name", "ticker", "bb:1", "sh", "-c",
                "i=0; while [ $i -lt 50 ]; do echo tick $i; i=$((i+1)); sleep 0.1; done; exit 7");
        docker.ok("run", "-d", "--name", "server", "bb:1", "sleep", "1000");
        Thread.sleep(500);
        engine.close();
        Thread.sleep(6000);
        engine = Engine.start(options, "0.1.0-test", TestEngines.HOST, ProcessHandle.current().pid());
        assertThat(docker.ok("inspect", "-f", "{{.State.Status}} {{.State.ExitCode}}", "ticker").strip())
                .isEqualTo("exited 7");
        assertThat(docker.ok("logs", "ticker").lines().toList()).contains("tick 0", "tick 49");
        assertThat(docker.ok("inspect", "-f", "{{.State.Status}}", "server").strip()).isEqualTo("running");
        docker.ok("stop", "-t", "0", "server");
        assertThat(docker.ok("inspect", "-f", "{{.State.Status}} {{.State.ExitCode}}", "server").strip())
                .isEqualTo("exited 137");
    }

    @Test
    void healthChecksMoveFromStartingToUnhealthyToHealthy() throws Exception {
        docker.ok("run", "-d", "--name", "checked", "--health-cmd", "test -f /tmp/ok", "--health-interval", "300ms",
                "--health-retries", "2", "bb:1", "sh", "-c", "sleep 2; touch /tmp/ok; sleep 100");
        assertThat(docker.ok("inspect", "-f", "{{.State.Health.Status}}", "checked").strip()).isEqualTo("starting");
        awaitHealth("checked", "unhealthy");
        assertThat(docker.ok("ps", "--format", "{{.Status}}").strip()).endsWith("(unhealthy)");
        awaitHealth("checked", "healthy");
        assertThat(docker.ok("inspect", "-f", "{{.State.Health.FailingStreak}} {{len .State.Health.Log}}",
                "checked").strip()).matches("0 [1-5]");
        assertThat(docker.ok("ps", "--format", "{{.Status}}").strip()).endsWith("(healthy)");
    }

    @Test
    void execRunsInTheContainerWithItsEnvAndPassesTheExitCodeBack() throws Exception {
        docker.ok("run", "-d", "--name", "host1", "-e", "WHO=container", "bb:1", "sleep", "100");
        DockerCli.Result exec = docker.run("exec", "-e", "EXTRA=1", "-w", "/tmp", "host1", "sh", "-c",
                "echo $WHO $EXTRA; pwd; exit 3");
        assertThat(exec.exit()).isEqualTo(3);
        assertThat(exec.lines()).containsExactly("container 1", "/tmp");
        assertThat(docker.ok("top", "host1")).contains("sleep 100");
        docker.ok("stop", "-t", "0", "host1");
        assertThat(docker.run("exec", "host1", "true").output()).contains("is not running");
    }

    @Test
    void execWithATerminalIsInteractiveFollowsTheWindowSizeAndPassesCtrlC() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "script (bsdutils) is not installed");
        docker.ok("run", "-d", "--name", "tty1", "bb:1", "sleep", "100");
        DockerCli.Result plain = docker.run("exec", "-t", "tty1", "sh", "-c", "tty; exit 3");
        assertThat(plain.exit()).isEqualTo(3);
        assertThat(plain.output()).startsWith("/dev/pts/");
        DockerCli.Result shell = docker.onTerminal(33, 101, List.of("stty size\n", "echo $((6*7))\n",
                "sleep 30\n", "\u0003", "exit 5\n"), "exec", "-it", "tty1", "sh");
        assertThat(shell.exit()).as(shell.output()).isEqualTo(5);
        assertThat(shell.output()).contains("33 101").contains("42").contains("^C");
        assertThat(docker.ok("top", "tty1")).doesNotContain("sleep 30");
    }

    private void awaitHealth(String name, String status) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        String now = "";
        while (System.nanoTime() < deadline) {
            now = docker.ok("inspect", "-f", "{{.State.Health.Status}}", name).strip();
            if (now.equals(status)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(name + " never became " + status + " (last: " + now + ")");
    }

    @Test
    void eventsReportTheLifecycleWithFilters() throws Exception {
        long since = java.time.Instant.now().getEpochSecond() - 1;
        docker.ok("run", "-d", "--name", "ev", "-l", "team=a", "bb:1", "true");
        docker.ok("wait", "ev");
        docker.ok("run", "-d", "--name", "other", "bb:1", "true");
        docker.ok("wait", "other");
        long until = java.time.Instant.now().getEpochSecond() + 1;
        String events = docker.ok("events", "--since", Long.toString(since), "--until", Long.toString(until),
                "--filter", "label=team=a", "--format", "{{.Type}} {{.Action}} {{.Actor.Attributes.name}}");
        assertThat(events.lines().toList()).containsSubsequence("container create ev", "container start ev",
                "container die ev").noneMatch(l -> l.contains("other"));
        String dies = docker.ok("events", "--since", Long.toString(since), "--until", Long.toString(until),
                "--filter", "event=die", "--filter", "container=ev", "--format", "{{.Actor.Attributes.exitCode}}");
        assertThat(dies.strip()).isEqualTo("0");
    }

    @Test
    void errorsReadLikeDockers() throws Exception {
        DockerCli.Result missing = docker.run("run", "-d", "bb:1", "nope");
        assertThat(missing.exit()).isNotZero();
        assertThat(missing.output()).contains("executable file not found");
        assertThat(docker.run("start", "nosuch").output()).contains("No such container: nosuch");
        docker.ok("create", "--name", "twice", "bb:1", "true");
        assertThat(docker.run("create", "--name", "twice", "bb:1", "true").output())
                .contains("The container name \"/twice\" is already in use");
        docker.ok("run", "-d", "--name", "busy", "bb:1", "sleep", "100");
        assertThat(docker.run("rm", "busy").output()).contains("container is running");
    }
}
