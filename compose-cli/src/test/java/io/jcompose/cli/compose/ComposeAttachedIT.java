package io.jcompose.cli.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * Attached {@code ./jcompose up} and {@code logs} against the real engine on a temporary state and socket, as root:
 * prefixed lines of two services, {@code --abort-on-container-exit} and {@code --exit-code-from}, Ctrl-C (SIGINT to
 * the child's PID) stopping the stack with 130, a restarting container followed across its restarts, {@code logs -n
 * 1} and {@code logs -f}; {@code down} leaves nothing. The engine is stopped by its own PID.
 */
class ComposeAttachedIT {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path LAUNCHER = ROOT.resolve("jcompose");
    @TempDir
    Path dir;

    private Long enginePid;

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
    void stopWhatWeStarted() {
        if (enginePid != null) {
            ProcessHandle.of(enginePid).filter(ProcessHandle::isAlive).ifPresent(h -> {
                h.destroy();
                if (h.onExit().completeOnTimeout(null, 20, TimeUnit.SECONDS).join() == null || h.isAlive()) {
                    h.destroyForcibly();
                }
            });
        }
    }

    private Run exec(List<String> command, int seconds) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(Map.of("JCOMPOSE_STATE", dir.resolve("state").toString(),
                "JCOMPOSE_SOCKET", dir.resolve("run/engine.sock").toString()));
        Process p = builder.start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError(command + " did not finish within " + seconds + " s");
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private Run ok(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        Run r = exec(command, 180);
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r.out() + r.err()).isZero();
        assertThat(r.err()).as(String.join(" ", args)).doesNotContain("\tat ");
        return r;
    }

    /** Starts the engine and imports a busybox image as {@code e2e/bb:1}. */
    private void engineWithBusybox() throws Exception {
        Matcher m = Pattern.compile("engine started \\(pid (\\d+)").matcher(ok("engine", "start").out());
        assertThat(m.find()).isTrue();
        enginePid = Long.parseLong(m.group(1));
        Path bin = Files.createDirectories(dir.resolve("bb/bin"));
        Files.copy(Path.of("/bin/busybox"), bin.resolve("busybox"));
        for (String applet : List.of("sh", "sleep", "echo", "cat", "date")) {
            Files.createSymbolicLink(bin.resolve(applet), Path.of("busybox"));
        }
        assertThat(exec(List.of("tar", "-C", dir.resolve("bb").toString(), "-cf", dir.resolve("bb.tar").toString(),
                "."), 30).code()).isZero();
        ok("image", "import", "-c", "ENV PATH=/bin", dir.resolve("bb.tar").toString(), "e2e/bb:1");
    }

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

    private String file;

    private String project(String yaml) throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(project.resolve("compose.yaml"), yaml);
        file = project.resolve("compose.yaml").toString();
        return file;
    }

    private Run up(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString(), "-f", file, "up"));
        command.addAll(List.of(args));
        Run r = exec(command, 180);
        assertThat(r.err()).as(String.join(" ", args)).doesNotContain("\tat ");
        return r;
    }

    private void downAndNothingLeft() throws Exception {
        ok("-f", file, "down", "-t", "1");
        assertThat(ok("container", "ls", "-aq").out()).isEmpty();
        assertThat(ok("network", "ls", "--format", "{{.Name}}").out()).doesNotContain("e2eatt");
        ok("engine", "stop");
    }

    @Test
    void attachedUpPrintsBothServicesAndAbortsOnExitWithTheRightCode() throws Exception {
        engineWithBusybox();
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

        Run tail = ok("-f", file, "logs", "-n", "1");
        assertThat(tail.out()).contains("job-1  | job-line-2\n", "web-1  | web-ready\n").doesNotContain(
                "job-line-1");
        assertThat(ok("-f", file, "logs", "--no-log-prefix", "job").out()).startsWith("job-line-1\n")
                .doesNotContain("web-ready");
        Run missing = exec(List.of(LAUNCHER.toString(), "-f", file, "logs", "nope"), 60);
        assertThat(missing.code()).isNotZero();
        assertThat(missing.err()).contains("no such service: nope");
        downAndNothingLeft();
    }

    @Test
    void ctrlCStopsTheStackAndExitsWith130() throws Exception {
        engineWithBusybox();
        project(STACK);
        Path out = dir.resolve("up.out");
        Path err = dir.resolve("up.err");
        ProcessBuilder builder = new ProcessBuilder(LAUNCHER.toString(), "-f", file, "up", "-t", "5")
                .directory(ROOT.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(Map.of("JCOMPOSE_STATE", dir.resolve("state").toString(),
                "JCOMPOSE_SOCKET", dir.resolve("run/engine.sock").toString()));
        Process up = builder.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!(Files.readString(out).contains("web-1  | web-ready")
                    && Files.readString(out).contains("job-1 exited with code 3"))) {
                assertThat(System.nanoTime()).as("attached: " + Files.readString(err)).isLessThan(deadline);
                assertThat(up.isAlive()).as(Files.readString(out) + Files.readString(err)).isTrue();
                Thread.sleep(200);
            }
            assertThat(Files.readString(err)).contains("Attaching to job-1, web-1\n");
            assertThat(exec(List.of("kill", "-INT", Long.toString(up.pid())), 10).code()).isZero();
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
        assertThat(ok("-f", file, "ps", "-q").out()).as("nothing runs").isEmpty();
        downAndNothingLeft();
    }

    @Test
    void followedLogsGoOnAcrossRestartsAndPickUpNewLines() throws Exception {
        engineWithBusybox();
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
        Run follow = ok("-f", file, "logs", "-f", "ticker");
        assertThat(follow.out()).as("printed while following, until the container stopped")
                .isEqualTo("ticker-1  | tick-1\nticker-1  | tick-2\nticker-1  | tick-3\nticker-1  | tick-4\n"
                        + "ticker-1  | tick-5\n");
        downAndNothingLeft();
    }
}
