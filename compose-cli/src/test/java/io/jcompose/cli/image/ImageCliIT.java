package io.jcompose.cli.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 * {@code ./jcompose image ...} against the real engine on a temporary state and socket, as root: import, ls, tag,
 * save/rm/load (same ID), inspect, push to and pull from Debian's docker-registry on 127.0.0.1, rm, prune, and
 * engine stop. The engine and the registry are stopped by their own PIDs.
 */
class ImageCliIT {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path LAUNCHER = ROOT.resolve("jcompose");
    private static final Path REGISTRY = Path.of("/usr/bin/docker-registry");

    @TempDir
    Path dir;

    private final List<Process> registries = new ArrayList<>();
    private Long enginePid;

    private record Run(int code, String out, String err) {
    }

    @BeforeEach
    void requirements() throws Exception {
        assumeTrue(ProcessHandle.current().info().user().map("root"::equals).orElse(false),
                "the jcompose engine needs root");
        assumeTrue(Files.isExecutable(LAUNCHER), "no launcher at " + LAUNCHER);
        assumeTrue(Files.isExecutable(REGISTRY), "docker-registry is not installed (apt-get install docker-registry)");
        Run stale = exec(List.of("bash", "-c", ". scripts/lib.sh && jc_build_stale"), 30);
        assumeTrue(stale.code() != 0, "the launcher's build (.build) is older than the sources: run ./jcompose "
                + "--version first (scripts/test-all does)");
    }

    @AfterEach
    void stopWhatWeStarted() throws Exception {
        if (enginePid != null) {
            ProcessHandle.of(enginePid).filter(ProcessHandle::isAlive).ifPresent(h -> {
                h.destroy();
                if (h.onExit().completeOnTimeout(null, 20, TimeUnit.SECONDS).join() == null || h.isAlive()) {
                    h.destroyForcibly();
                }
            });
        }
        for (Process p : registries) {
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private Run jcompose(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        return exec(command, 180);
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
        Run r = jcompose(args);
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r.out() + r.err()).isZero();
        assertThat(r.err()).as(String.join(" ", args)).doesNotContain("\tat ");
        return r;
    }

    @Test
    void everyImageCommandAgainstTheRealEngine() throws Exception {
        Run start = ok("engine", "start");
        Matcher m = Pattern.compile("engine started \\(pid (\\d+)").matcher(start.out());
        assertThat(m.find()).as(start.out()).isTrue();
        enginePid = Long.parseLong(m.group(1));

        Path rootfs = Files.createDirectories(dir.resolve("rootfs/etc"));
        Files.writeString(rootfs.resolve("hello"), "hello from jcompose\n");
        Path tar = dir.resolve("rootfs.tar");
        assertThat(exec(List.of("tar", "-C", dir.resolve("rootfs").toString(), "-cf", tar.toString(), "."), 30)
                .code()).isZero();
        Run imported = ok("image", "import", "-c", "CMD [\"/bin/sh\"]", "-m", "tiny", tar.toString(), "local/tiny:1");
        assertThat(imported.out()).matches("sha256:[0-9a-f]{64}\n");
        String id = imported.out().strip();
        String shortId = id.substring(7, 19);

        assertThat(ok("image", "ls").out()).startsWith("REPOSITORY   TAG       IMAGE ID       CREATED")
                .containsPattern("local/tiny   1         " + shortId + "   .+ ago +\\d");
        ok("image", "tag", "local/tiny:1", "local/tiny:2");
        assertThat(ok("image", "ls", "-q").out()).isEqualTo(shortId + "\n" + shortId + "\n");
        assertThat(ok("image", "ls", "--format", "json").out()).contains("\"Repository\":\"local/tiny\"",
                "\"Tag\":\"2\"");

        Path saved = dir.resolve("saved.tar");
        ok("image", "save", "-o", saved.toString(), "local/tiny:1");
        assertThat(Files.size(saved)).isPositive();
        assertThat(ok("image", "rm", "local/tiny:1", "local/tiny:2").out())
                .startsWith("Untagged: local/tiny:1\nUntagged: local/tiny:2\nDeleted: " + id + "\n")
                .containsPattern("\nDeleted: sha256:[0-9a-f]{64}\n$"); // and its layer
        assertThat(ok("image", "load", "-i", saved.toString()).out()).isEqualTo("Loaded image: local/tiny:1\n");
        Run inspect = ok("image", "inspect", "local/tiny:1");
        assertThat(inspect.out()).startsWith("[\n    {\n        \"Id\": \"" + id + "\",")
                .contains("\"Cmd\": [\n                \"/bin/sh\"\n            ]");
        Run missing = jcompose("image", "inspect", "local/none:1");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("Error: No such image: local/none:1\n");
        Run rmMissing = jcompose("image", "rm", "local/none:1");
        assertThat(rmMissing.code()).isEqualTo(1);
        assertThat(rmMissing.err()).startsWith("Error response from daemon: ").contains("local/none");

        String registry = startRegistry();
        String remote = registry + "/tiny:1";
        ok("image", "tag", "local/tiny:1", remote);
        Run push = ok("image", "push", remote);
        assertThat(push.out()).startsWith("The push refers to repository [" + registry + "/tiny]\n")
                .containsPattern("1: digest: sha256:[0-9a-f]{64} size: \\d+\n");
        ok("image", "rm", remote, "local/tiny:1");
        Run pull = ok("image", "pull", remote);
        assertThat(pull.out()).startsWith("1: Pulling from tiny\n")
                .contains("Status: Downloaded newer image for " + remote + "\n").endsWith(remote + "\n");
        assertThat(ok("image", "inspect", remote).out()).contains("\"Id\": \"" + id + "\"");
        try (var snapshots = java.nio.file.Files.list(dir.resolve("state/snapshots"))) {
            assertThat(snapshots.filter(s -> s.resolve("etc/hello").toFile().isFile()).count())
                    .as("the pulled layer is unpacked into a snapshot, ready for containers").isEqualTo(1);
        }
        Run pullError = jcompose("image", "pull", registry + "/absent:1");
        assertThat(pullError.code()).isEqualTo(1);
        assertThat(pullError.err()).isNotBlank().doesNotContain("\tat ");

        ok("image", "rm", remote);
        assertThat(ok("image", "prune", "-f").out()).endsWith("Total reclaimed space: 0B\n");
        assertThat(ok("image", "ls", "-q").out()).isEmpty();

        assertThat(ok("engine", "stop").out()).isEqualTo("engine stopped (pid " + enginePid + ")\n");
        assertThat(ProcessHandle.of(enginePid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(dir.resolve("run/engine.sock")).doesNotExist();
    }

    /** Debian's docker-registry on 127.0.0.1 and a free port, storing under the test's directory. */
    private String startRegistry() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path config = Files.writeString(dir.resolve("registry.yml"), """
                version: 0.1
                log:
                  level: warn
                storage:
                  filesystem:
                    rootdirectory: %s
                http:
                  addr: 127.0.0.1:%d
                  secret: jcompose-test-secret
                """.formatted(dir.resolve("registry-data"), port));
        Process p = new ProcessBuilder(REGISTRY.toString(), "serve", config.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("registry.log").toFile()).start();
        registries.add(p);
        String host = "127.0.0.1:" + port;
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpRequest ping = HttpRequest.newBuilder(URI.create("http://" + host + "/v2/"))
                    .timeout(Duration.ofSeconds(2)).build();
            for (int i = 0; i < 100; i++) {
                assertThat(p.isAlive()).as(Files.readString(dir.resolve("registry.log"))).isTrue();
                try {
                    http.send(ping, HttpResponse.BodyHandlers.discarding());
                    return host;
                } catch (IOException e) {
                    Thread.sleep(100);
                }
            }
        }
        throw new AssertionError("docker-registry did not answer on " + host);
    }
}
