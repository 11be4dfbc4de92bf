package io.jcompose.cli.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.cli.Invocation;
import io.jcompose.cli.Main;
import io.jcompose.engine.api.transport.HttpResponse;
import io.jcompose.engine.api.transport.UnixSocketHttp;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The canned engine answers the CLI's calls as an engine would, so that the training run's commands succeed. */
class CannedEngineTest {

    private static final String STACK = """
            name: canned
            services:
              web:
                image: example/web:1
                ports: ["127.0.0.1:8080:80"]
                volumes: ["data:/data"]
                healthcheck:
                  test: ["CMD", "true"]
              worker:
                image: example/worker:1
                command: ["sh", "-c", "sleep 600"]
                depends_on:
                  web:
                    condition: service_healthy
            volumes:
              data: {}
            """;

    @TempDir
    Path dir;

    private CannedEngine engine;
    private Path file;

    @BeforeEach
    void start() throws IOException {
        engine = CannedEngine.start(dir.resolve("engine.sock"));
        file = Files.writeString(dir.resolve("compose.yaml"), STACK);
    }

    @AfterEach
    void stop() throws IOException {
        engine.close();
    }

    private record Run(int code, String out, String err) {
    }

    private Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err),
                new Invocation(Map.of("JCOMPOSE_STATE", dir.resolve("state").toString(),
                        "JCOMPOSE_SOCKET", dir.resolve("none.sock").toString()), dir));
        return new Run(code, out.toString(), err.toString());
    }

    private Run ok(String... args) {
        Run run = cli(args);
        assertThat(run.code()).as("%s: %s", String.join(" ", args), run.err()).isZero();
        return run;
    }

    private Run compose(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(new String[] {"-H", engine.host(), "-f", file.toString()}, 0, all, 0, 4);
        System.arraycopy(args, 0, all, 4, args.length);
        return ok(all);
    }

    @Test
    void upPsLogsDownRunAgainstIt() {
        assertThat(compose("up", "-d").err()).contains(" \u2714 Network canned_default  Created",
                " \u2714 Volume \"canned_data\"  Created", " \u2714 Container canned-web-1  Healthy",
                " \u2714 Container canned-worker-1  Started");
        assertThat(compose("up", "-d").err()).contains(" \u2714 Container canned-web-1  Running")
                .doesNotContain("Recreated");
        assertThat(compose("ps").out()).containsPattern("canned-web-1 +example/web:1 .* web +.* ago +Up .*"
                + "\\(healthy\\) +127\\.0\\.0\\.1:8080->80/tcp").contains("canned-worker-1");
        assertThat(compose("ps", "-a", "--format", "json").out()).contains("\"Name\":\"canned-web-1\"",
                "\"State\":\"running\"");
        assertThat(compose("ps", "--format", "{{.Name}} {{.State}} {{.Service}}").out())
                .isEqualTo("canned-web-1 running web\ncanned-worker-1 running worker\n");
        assertThat(compose("ps", "--format", "table {{.Service}}\t{{.Status}}").out()).startsWith("SERVICE   STATUS");
        assertThat(compose("ps", "--status", "exited").out().lines().count()).isEqualTo(1); // the header only
        assertThat(compose("scale", "worker=2").err()).contains(" \u2714 Container canned-worker-2  Started");
        assertThat(compose("ps", "--format", "{{.Name}}").out()).contains("canned-worker-2\n");
        assertThat(compose("scale", "worker=1").err()).contains(" \u2714 Container canned-worker-2  Removed");
        Run logs = compose("logs");
        assertThat(logs.out()).contains("web-1     | started canned-web-1\n", "worker-1  | started canned-worker-1\n");
        assertThat(logs.err()).contains("worker-1  | ready\n");
        assertThat(ok("-H", engine.host(), "container", "ls", "--format", "{{.Names}}").out())
                .isEqualTo("canned-worker-1\ncanned-web-1\n");
        assertThat(ok("-H", engine.host(), "image", "ls").out()).contains("example/web", "example/worker");
        assertThat(ok("-H", engine.host(), "volume", "ls", "-q").out()).isEqualTo("canned_data\n");
        assertThat(ok("-H", engine.host(), "network", "ls", "--format", "{{.Name}}").out())
                .isEqualTo("bridge\ncanned_default\n");

        assertThat(compose("down", "-v").err()).contains(" \u2714 Container canned-web-1  Removed",
                " \u2714 Volume \"canned_data\"  Removed", " \u2714 Network canned_default  Removed");
        assertThat(ok("-H", engine.host(), "container", "ls", "-aq").out()).isEmpty();
        assertThat(ok("-H", engine.host(), "volume", "ls", "-q").out()).isEmpty();
    }

    @Test
    void refusesWhatItDoesNotServeAsDockerDoes() throws IOException {
        UnixSocketHttp http = new UnixSocketHttp(engine.socket());
        HttpResponse ping = http.send("GET", "/_ping", Map.of(), null);
        assertThat(ping.bodyText()).isEqualTo("OK");
        assertThat(ping.header("Api-Version")).contains(io.jcompose.engine.api.ApiVersions.CURRENT);
        assertThat(http.send("POST", "/v1.47/build", Map.of(), null).status()).isEqualTo(404);
        HttpResponse missing = http.send("GET", "/v1.47/containers/nope/json", Map.of(), null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.bodyText()).isEqualTo("{\"message\":\"No such container: nope\"}");
        assertThat(http.send("GET", "/v1.47/events", Map.of(), null).body()).isEmpty();
    }

    @Test
    void closingDeletesTheSocket() throws IOException {
        engine.close();
        assertThat(dir.resolve("engine.sock")).doesNotExist();
    }

    @Test
    void theTrainingRunsEveryCommandWithoutAFailureAndLeavesNothingBehind() throws IOException {
        Path quickstart = Path.of("../examples/quickstart/compose.yaml").toAbsolutePath().normalize();
        List<Path> before = trainingDirs();
        StringWriter report = new StringWriter();
        assertThat(TrainingRun.run(quickstart, new PrintWriter(report))).as(report.toString()).isEmpty();
        assertThat(trainingDirs()).isEqualTo(before);
    }

    private static List<Path> trainingDirs() throws IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("jcompose-training")).sorted().toList();
        }
    }
}
