package io.jcompose.runtime.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jcompose.engine.api.stream.StreamFrames;
import io.jcompose.engine.api.stream.StreamType;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real docker CLI's {@code docker attach} over our hijack, against routes that play a running container with
 * stdin open: the CLI's stdin reaches the stream, the frames come back to its stdout and stderr, and the CLI's
 * half-close does not cut the output short.
 */
class HijackDockerCliTest {

    @TempDir
    Path dir;

    private EngineServer server;
    private Path docker;

    @BeforeEach
    void start() throws IOException {
        docker = Path.of("/usr/local/bin/docker");
        if (!Files.isExecutable(docker)) {
            docker = Path.of("/usr/bin/docker");
        }
        assumeTrue(Files.isExecutable(docker), "the docker CLI is not installed (/usr/local/bin/docker)");
        List<Route> routes = new ArrayList<>(new SystemRoutes("0.1.0-test").routes());
        routes.add(new Route("GET", "/containers/{id}/json", r -> ApiResponse.json(200, Map.of("Id", "c0ffee",
                "Name", "/box", "State", Map.of("Status", "running", "Running", true),
                "Config", Map.of("Tty", false, "OpenStdin", true)))));
        routes.add(new Route("POST", "/containers/{id}/wait", r -> ApiResponse.json(200, Map.of("StatusCode", 5))));
        routes.add(new Route("POST", "/containers/{id}/attach", r -> ApiResponse.upgrade(
                "application/vnd.docker.multiplexed-stream", (in, out) -> {
                    String stdin = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    frame(out, StreamType.STDOUT, stdin.toUpperCase(Locale.ROOT));
                    frame(out, StreamType.STDERR, "stdin closed\n");
                })));
        server = EngineServer.start(dir.resolve("engine.sock"), routes);
    }

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void dockerAttachSendsStdinAndPrintsBothStreamsThenTheExitCode() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(docker.toString(), "-H", "unix://" + server.socket(), "attach",
                "--sig-proxy=false", "box");
        pb.environment().put("DOCKER_CONFIG", Files.createDirectories(dir.resolve("config")).toString());
        pb.redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile());
        Process p = pb.start();
        try (OutputStream stdin = p.getOutputStream()) {
            stdin.write("hello\nworld\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(dir.resolve("err"));
        assertThat(Files.readString(dir.resolve("out"))).as(err).isEqualTo("HELLO\nWORLD\n");
        assertThat(err).isEqualTo("stdin closed\n");
        assertThat(p.exitValue()).isEqualTo(5);
    }

    private static void frame(OutputStream out, StreamType type, String text) throws IOException {
        StreamFrames.write(out, type, text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
