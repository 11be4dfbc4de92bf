package io.jcompose.cli.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.cli.compose.conformance.Conformance;
import io.jcompose.cli.compose.conformance.Conformance.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attached {@code ./jcompose up} and {@code logs} against the real engine on a temporary state and socket, as root:
 * prefixed lines of two services, {@code --abort-on-container-exit} and {@code --exit-code-from}, Ctrl-C (SIGINT to
 * the child's PID) stopping the stack with 130, a restarting container followed across its restarts, {@code logs -n
 * 1} and {@code logs -f}; {@code down} leaves nothing. The harness takes down what is left and checks for leaks.
 */
class ComposeAttachedIT {

    private static final String STACK = """
            name: e2eatt
            services:
              job:
                image: e2e/bb:1
                command: ["sh", "-c", "echo job-line-1; echo job-err >&2; sleep 2; echo job-line-2; exit 3"]
              web:
                image: e2e/bb:1
                command: ["sh", "-c", "trap 'exit 0' TERM; echo web-ready; while true; do sleep 1; done"]
            """;

    @TempDir
    Path dir;

    private Conformance c;
    private String file;

    @BeforeEach
    void engineWithBusybox() throws Exception {
        c = Conformance.start(dir);
    }

    @AfterEach
    void takeDownAndCheckForLeaks() throws Exception {
        if (c != null) {
            c.close();
        }
    }

    private String project(String yaml) throws Exception {
        file = c.project("project", yaml).toString();
        return file;
    }

    private Run up(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("-f", file, "up"));
        command.addAll(List.of(args));
        return c.run(command.toArray(String[]::new));
    }

    private void downAndNothingLeft() throws Exception {
        c.ok("-f", file, "down", "-t", "1");
        assertThat(c.ok("container", "ls", "-aq").out()).isEmpty();
        assertThat(c.ok("network", "ls", "--format", "{{.Name}}").out()).doesNotContain("e2eatt");
        c.ok("engine", "stop");
    }

    @Test
    void attachedUpPrintsBothServicesAndAbortsOnExitWithTheRightCode() throws Exception {
        project(STACK);
        Run first = up("--abort-on-container-exit", "-t", "2");
        assertThat(first.code()).as(first.out() + first.err()).isEqualTo(3);
        assertThat(first.err()).contains("Attaching to job-1, web-1\n", "job-1  | job-err\n",
                "Aborting on container exit...\n", " \u2714 Container e2eatt-web-1  Stopped\n");
        assertThat(first.out()).contains("job-1  | job-line-1\n", "job-1  | job-line-2\n", "web-1  | web-ready\n",
                "job-1 exited with code 3\n").containsPattern("web-1 exited with code \\d+\n");
        assertThat(first.out().indexOf("job-line-1")).isLessThan(first.out().indexOf("job-line-2"));

        Run chosen = up("--exit-code-from", "job", "-t", "2", "--no-log-prefix");
        assertThat(chosen.code()).as(chosen.out() + chosen.err()).isEqualTo(3);
        assertThat(chosen.out()).as("only this run's output").contains("job-line-1\n", "web-ready\n")
                .doesNotContain("job-1  |").containsOnlyOnce("job-line-2");
        Run fromWeb = up("--exit-code-from", "web", "-t", "2");
        assertThat(fromWeb.code()).as(fromWeb.out() + fromWeb.err()).isZero(); // web exits 0 on SIGTERM

        Run tail = c.ok("-f", file, "logs", "-n", "1");
        assertThat(tail.out()).contains("job-1  | job-line-2\n", "web-1  | web-ready\n").doesNotContain(
                "job-line-1");
        assertThat(c.ok("-f", file, "logs", "--no-log-prefix", "job").out()).startsWith("job-line-1\n")
                .doesNotContain("web-ready");
        Run missing = c.run("-f", file, "logs", "nope");
        assertThat(missing.code()).isNotZero();
        assertThat(missing.err()).contains("no such service: nope");
        downAndNothingLeft();
    }

    @Test
    void ctrlCStopsTheStackAndExitsWith130() throws Exception {
        project(STACK);
        Path out = dir.resolve("up.out");
        Path err = dir.resolve("up.err");
        Process up = c.background(out, err, "-f", file, "up", "-t", "5");
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!(Files.readString(out).contains("web-1  | web-ready")
                    && Files.readString(out).contains("job-1 exited with code 3"))) {
                assertThat(System.nanoTime()).as("attached: " + Files.readString(err)).isLessThan(deadline);
                assertThat(up.isAlive()).as(Files.readString(out) + Files.readString(err)).isTrue();
                Thread.sleep(200);
            }
            assertThat(Files.readString(err)).contains("Attaching to job-1, web-1\n");
            assertThat(c.exec(List.of("kill", "-INT", Long.toString(up.pid())), Map.of(), 10).code()).isZero();
            assertThat(up.waitFor(60, TimeUnit.SECONDS)).as(Files.readString(err)).isTrue();
        } finally {
            if (up.isAlive()) {
                up.destroyForcibly().waitFor();
            }
        }
        assertThat(up.exitValue()).as(Files.readString(out) + Files.readString(err)).isEqualTo(130);
        assertThat(Files.readString(err)).contains("Gracefully stopping... (press Ctrl+C again to force)\n",
                " \u2714 Container e2eatt-web-1  Stopped\n").doesNotContain("\tat ");
        assertThat(Files.readString(out)).contains("web-1 exited with code 0\n");
        assertThat(c.ok("-f", file, "ps", "-q").out()).as("nothing runs").isEmpty();
        downAndNothingLeft();
    }

    @Test
    void followedLogsGoOnAcrossRestartsAndPickUpNewLines() throws Exception {
        project("""
                name: e2eatt
                services:
                  flaky:
                    image: e2e/bb:1
                    restart: on-failure:2
                    command: ["sh", "-c", "echo flaky-run; sleep 1; exit 1"]
                  ticker:
                    image: e2e/bb:1
                    command: ["sh", "-c", "for i in 1 2 3 4 5; do echo tick-$$i; sleep 1; done"]
                """);
        Run flaky = up("flaky");
        assertThat(flaky.code()).as(flaky.out() + flaky.err()).isZero();
        assertThat(flaky.err()).contains("Attaching to flaky-1\n");
        assertThat(flaky.out()).as("three runs: the first and two restarts")
                .isEqualTo("flaky-1  | flaky-run\nflaky-1  | flaky-run\nflaky-1  | flaky-run\n"
                        + "flaky-1 exited with code 1\n");

        assertThat(up("-d", "ticker").code()).isZero();
        Run follow = c.ok("-f", file, "logs", "-f", "ticker");
        assertThat(follow.out()).as("printed while following, until the container stopped")
                .isEqualTo("ticker-1  | tick-1\nticker-1  | tick-2\nticker-1  | tick-3\nticker-1  | tick-4\n"
                        + "ticker-1  | tick-5\n");
        downAndNothingLeft();
    }
}
