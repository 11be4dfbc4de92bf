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
 * {@code ./jcompose exec / run / cp / create} against the real engine on a temporary state and socket, as root: a
 * web server and a client; exec's exit code, a one-off that reaches web by name and goes with {@code --rm}, a
 * detached one-off that {@code ps -a} shows and {@code down} removes, copies both ways, {@code create} without
 * start. The engine is stopped by its own PID.
 */
class ComposeExecRunIT {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path LAUNCHER = ROOT.resolve("jcompose");
    private static final String STACK = """
            name: e2erun
            services:
              web:
                image: e2e/bb:1
                command: ["sh", "-c", "mkdir -p /www && echo hello-from-web > /www/index.html
                  && httpd -f -p 80 -h /www"]
              client:
                image: e2e/bb:1
                depends_on: [web]
                command: ["sleep", "600"]
            """;

    @TempDir
    Path dir;

    private Long enginePid;
    private String composeFile;

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
        if (enginePid != null && ProcessHandle.of(enginePid).filter(ProcessHandle::isAlive).isPresent()
                && composeFile != null) {
            // a failed assertion must not leave containers, whose conmon outlives the engine, or networks behind
            exec(List.of(LAUNCHER.toString(), "-f", composeFile, "down", "-t", "0"), 120);
            String left = exec(List.of(LAUNCHER.toString(), "container", "ls", "-aq"), 60).out().strip();
            if (!left.isEmpty()) {
                List<String> rm = new ArrayList<>(List.of(LAUNCHER.toString(), "container", "rm", "-f"));
                rm.addAll(List.of(left.split("\\s+")));
                exec(rm, 120);
            }
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
        for (String applet : List.of("sh", "sleep", "mkdir", "echo", "httpd", "wget", "cat", "ls")) {
            Files.createSymbolicLink(bin.resolve(applet), Path.of("busybox"));
        }
        assertThat(exec(List.of("tar", "-C", dir.resolve("bb").toString(), "-cf", dir.resolve("bb.tar").toString(),
                "."), 30).code()).isZero();
        ok("image", "import", "-c", "ENV PATH=/bin", dir.resolve("bb.tar").toString(), "e2e/bb:1");
    }

    @Test
    void execRunCpCreate() throws Exception {
        engineWithBusybox();
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(project.resolve("compose.yaml"), STACK);
        String file = project.resolve("compose.yaml").toString();
        composeFile = file;
        ok("-f", file, "up", "-d");

        Run exec = exec(List.of(LAUNCHER.toString(), "-f", file, "exec", "-T", "web", "sh", "-c", "echo hi; exit 3"),
                60);
        assertThat(exec.code()).as(exec.err()).isEqualTo(3);
        assertThat(exec.out()).isEqualTo("hi\n");
        Run noService = exec(List.of(LAUNCHER.toString(), "-f", file, "exec", "-T", "nope", "true"), 60);
        assertThat(noService.code()).isEqualTo(1);
        assertThat(noService.err()).contains("no such service: nope");

        String page = "";
        Run run = null;
        for (int attempt = 0; attempt < 20 && !page.contains("hello-from-web"); attempt++) {
            run = exec(List.of(LAUNCHER.toString(), "-f", file, "run", "--rm", "client", "wget", "-qO-",
                    "http://web/"), 60);
            page = run.out();
            if (!page.contains("hello-from-web")) {
                Thread.sleep(500);
            }
        }
        assertThat(page).as("run reaches web by service name: " + run).contains("hello-from-web");
        assertThat(run.code()).isZero();
        assertThat(ok("container", "ls", "-a", "--format", "{{.Names}}").out()).doesNotContain("-run-");

        Run detached = ok("-f", file, "run", "-d", "client", "sleep", "600");
        String oneOff = detached.out().strip();
        assertThat(oneOff).matches("e2erun-client-run-[0-9a-f]{12}");
        assertThat(ok("-f", file, "ps").out()).doesNotContain(oneOff);
        assertThat(ok("-f", file, "ps", "-a").out()).contains(oneOff);

        Path local = Files.writeString(dir.resolve("local.txt"), "from-host\n");
        ok("-f", file, "cp", local.toString(), "web:/www/copied.txt");
        assertThat(ok("-f", file, "exec", "-T", "web", "cat", "/www/copied.txt").out()).isEqualTo("from-host\n");
        Path back = dir.resolve("back.txt");
        ok("-f", file, "cp", "web:/www/index.html", back.toString());
        assertThat(Files.readString(back)).isEqualTo("hello-from-web\n");
        Path tree = Files.createDirectories(dir.resolve("tree/sub"));
        Files.writeString(tree.resolve("a.txt"), "A");
        ok("-f", file, "cp", dir.resolve("tree").toString(), "web:/www/");
        assertThat(ok("-f", file, "exec", "-T", "web", "cat", "/www/tree/sub/a.txt").out()).isEqualTo("A");
        Path fetched = dir.resolve("fetched");
        ok("-f", file, "cp", "web:/www/tree", fetched.toString());
        assertThat(Files.readString(fetched.resolve("sub/a.txt"))).isEqualTo("A");

        Run down = ok("-f", file, "down", "-t", "1");
        assertThat(down.err()).contains(" \u2714 Network e2erun_default  Removed");
        assertThat(ok("container", "ls", "-aq").out()).as("down removes the one-off too").isEmpty();

        Run create = ok("-f", file, "create");
        assertThat(create.err()).contains(" \u2714 Container e2erun-web-1  Created", " \u2714 Container "
                + "e2erun-client-1  Created").doesNotContain("Started");
        assertThat(ok("-f", file, "ps", "-a").out()).containsPattern("e2erun-web-1 .* Created");
        assertThat(ok("-f", file, "ps").out()).doesNotContain("e2erun-web-1");
        ok("-f", file, "down", "-t", "1");
        assertThat(ok("container", "ls", "-aq").out()).isEmpty();
        assertThat(ok("network", "ls", "--format", "{{.Name}}").out()).doesNotContain("e2erun");
        ok("engine", "stop");
    }
}
