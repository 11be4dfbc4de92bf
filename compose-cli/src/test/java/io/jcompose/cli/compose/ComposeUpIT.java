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
 * {@code ./jcompose up -d / ps / down} against the real engine on a temporary state and socket, as root: a web
 * server published on 127.0.0.1 and a client that fetches from it by service name; a second {@code up} changes
 * nothing; {@code down} leaves no container or network. The engine is stopped by its own PID.
 */
class ComposeUpIT {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path LAUNCHER = ROOT.resolve("jcompose");
    private static final String STACK = """
            name: e2eup
            services:
              web:
                image: e2e/bb:1
                command: ["sh", "-c", "mkdir -p /www && echo hello-from-web > /www/index.html
                  && httpd -f -p 80 -h /www"]
                ports: ["127.0.0.1:18089:80"]
              client:
                image: e2e/bb:1
                depends_on: [web]
                command: ["sleep", "600"]
            """;

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
        for (String applet : List.of("sh", "sleep", "mkdir", "echo", "httpd", "wget", "cat")) {
            Files.createSymbolicLink(bin.resolve(applet), Path.of("busybox"));
        }
        assertThat(exec(List.of("tar", "-C", dir.resolve("bb").toString(), "-cf", dir.resolve("bb.tar").toString(),
                "."), 30).code()).isZero();
        ok("image", "import", "-c", "ENV PATH=/bin", dir.resolve("bb.tar").toString(), "e2e/bb:1");
    }

    @Test
    void aNamedVolumeOutlivesDownAndGoesWithDownMinusV() throws Exception {
        engineWithBusybox();
        Path project = Files.createDirectories(dir.resolve("vproject"));
        Files.writeString(project.resolve("compose.yaml"), """
                name: e2evol
                services:
                  app:
                    image: e2e/bb:1
                    command: ["sh", "-c", "[ -f /data/first ] || date > /data/first; sleep 600"]
                    volumes: ["data:/data", "/scratch"]
                volumes:
                  data: {}
                """);
        String file = project.resolve("compose.yaml").toString();
        assertThat(ok("-f", file, "up", "--dry-run").out()).contains("  create volume e2evol_data: not created yet\n");
        assertThat(ok("-f", file, "up", "-d").err()).contains(" \u2714 Volume \"e2evol_data\"  Created\n");
        String first = "";
        for (int attempt = 0; attempt < 20 && first.isBlank(); attempt++) {
            first = exec(List.of(LAUNCHER.toString(), "container", "exec", "e2evol-app-1", "cat", "/data/first"),
                    60).out();
            if (first.isBlank()) {
                Thread.sleep(300);
            }
        }
        assertThat(first).isNotBlank();
        ok("-f", file, "down", "-t", "1");
        assertThat(ok("volume", "ls", "-q").out()).contains("e2evol_data\n");

        ok("-f", file, "up", "-d");
        assertThat(ok("container", "exec", "e2evol-app-1", "cat", "/data/first").out()).isEqualTo(first);
        assertThat(ok("volume", "inspect", "e2evol_data").out()).contains("\"com.docker.compose.volume\": \"data\"");

        Run down = ok("-f", file, "down", "-v", "-t", "1");
        assertThat(down.err()).contains(" \u2714 Volume \"e2evol_data\"  Removed");
        String left = ok("volume", "ls", "-q").out();
        assertThat(left).as("only the first run's anonymous volume, kept by the plain down as docker keeps it")
                .doesNotContain("e2evol_data").matches("[0-9a-f]{64}\n");
        assertThat(ok("volume", "prune", "-f").out()).startsWith("Deleted Volumes:\n" + left + "\n");
        assertThat(ok("volume", "ls", "-q").out()).isEmpty();
        ok("engine", "stop");
    }

    @Test
    void upPsUpAgainDown() throws Exception {
        engineWithBusybox();
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(project.resolve("compose.yaml"), STACK);
        String file = project.resolve("compose.yaml").toString();

        assertThat(ok("-f", file, "up", "--dry-run").out()).isEqualTo("""
                Plan for project e2eup (dry run, nothing was changed):
                  create network e2eup_default: not created yet
                  create web-1: not created yet
                  create client-1: not created yet
                """);
        assertThat(ok("-f", file, "ps", "-a", "-q").out()).isEmpty();

        Run up = ok("-f", file, "up", "-d");
        assertThat(up.err()).contains(" \u2714 Network e2eup_default  Created\n",
                " \u2714 Container e2eup-web-1  Started\n", " \u2714 Container e2eup-client-1  Started\n");
        String ps = ok("-f", file, "ps").out();
        assertThat(ps).startsWith("NAME ").contains("SERVICE", "STATUS", "PORTS");
        assertThat(ps).containsPattern("e2eup-web-1 +e2e/bb:1 +\"sh -c mkdir -p /www…\" +web +.* ago +Up .*"
                + "127\\.0\\.0\\.1:18089->80/tcp");
        assertThat(ok("-f", file, "ps", "--services").out()).isEqualTo("client\nweb\n");

        String page = "";
        for (int attempt = 0; attempt < 20 && !page.contains("hello-from-web"); attempt++) {
            Run r = exec(List.of(LAUNCHER.toString(), "container", "exec", "e2eup-client-1", "wget", "-qO-",
                    "http://web/"), 60);
            page = r.out();
            if (!page.contains("hello-from-web")) {
                Thread.sleep(500);
            }
        }
        assertThat(page).as("the client fetches from web by service name").contains("hello-from-web");

        Run again = ok("-f", file, "up", "-d");
        assertThat(again.err()).contains(" - web-1 is up to date", " - client-1 is up to date",
                " \u2714 Container e2eup-web-1  Running").doesNotContain("Created", "Started", "Recreated");

        Run down = ok("-f", file, "down", "-t", "1");
        assertThat(down.err()).contains(" \u2714 Container e2eup-client-1  Removed",
                " \u2714 Container e2eup-web-1  Removed", " \u2714 Network e2eup_default  Removed");
        assertThat(down.err().indexOf("e2eup-client-1  Removed"))
                .isLessThan(down.err().indexOf("e2eup-web-1  Removed"));
        assertThat(ok("container", "ls", "-aq").out()).isEmpty();
        assertThat(ok("network", "ls", "--format", "{{.Name}}").out()).doesNotContain("e2eup");
        ok("engine", "stop");
    }
}
