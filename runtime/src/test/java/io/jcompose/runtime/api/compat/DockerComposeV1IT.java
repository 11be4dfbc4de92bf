package io.jcompose.runtime.api.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jcompose.runtime.api.image.DockerCli;
import io.jcompose.runtime.engine.Engine;
import io.jcompose.runtime.engine.EngineOptions;
import io.jcompose.runtime.engine.TestEngines;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Compose client against the engine: Debian's docker-compose 1.29 (the Python one, speaking the Docker
 * API) brings a two-service project up, the services find each other by name, the published port answers on
 * 127.0.0.1, {@code ps} and {@code logs} work, and {@code down} leaves no container, network or rule behind.
 */
class DockerComposeV1IT {

    private static final Path COMPOSE = Path.of("/usr/bin/docker-compose");

    @TempDir
    Path dir;
    private EngineOptions options;
    private Engine engine;
    private DockerCli docker;

    @BeforeAll
    static void noForwarding() {
        System.setProperty("jcompose.dns.upstreams", "");
    }

    @AfterAll
    static void forwardingBack() {
        System.clearProperty("jcompose.dns.upstreams");
    }

    @BeforeEach
    void start() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "containers need root");
        assumeTrue(Files.isExecutable(COMPOSE), "docker-compose is not installed (Debian package docker-compose)");
        for (String tool : List.of("/usr/sbin/runc", "/usr/bin/conmon", "/bin/busybox")) {
            assumeTrue(Files.isExecutable(Path.of(tool)), tool + " is not installed");
        }
        options = new EngineOptions(dir.resolve("state"), dir.resolve("engine.sock"), Optional.empty());
        engine = Engine.start(options, "0.1.0-test", TestEngines.HOST, ProcessHandle.current().pid());
        docker = new DockerCli(options.socket(), Files.createDirectories(dir.resolve("docker-config")));
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
    void upPsLogsAndDownOfATwoServiceProject() throws Exception {
        int port = freePort();
        Path project = Files.createDirectories(dir.resolve("shop"));
        Files.writeString(project.resolve("docker-compose.yml"), """
                version: "3.8"
                services:
                  web:
                    image: bb:1
                    command: sh -c 'mkdir -p /www && echo hello-from-web > /www/index.html && httpd -f -p 80 -h /www'
                    ports:
                      - "127.0.0.1:%d:80"
                  client:
                    image: bb:1
                    command: sh -c 'until wget -qO- http://web/; do sleep 0.2; done; sleep 100'
                    depends_on: [web]
                """.formatted(port));
        assertThat(compose(project, "up", "-d").exit).isZero();
        String ps = compose(project, "ps").out;
        assertThat(ps).contains("shop_web_1").contains("shop_client_1").contains("127.0.0.1:" + port + "->80/tcp");
        assertThat(httpGet(port)).endsWith("hello-from-web\n");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        String logs = "";
        while (System.nanoTime() < deadline && !logs.contains("hello-from-web")) {
            logs = compose(project, "logs", "client").out;
            Thread.sleep(200);
        }
        assertThat(logs).as("the client reached web by its service name").contains("hello-from-web");

        assertThat(compose(project, "down").exit).isZero();
        assertThat(docker.ok("ps", "-aq")).isEmpty();
        assertThat(docker.ok("network", "ls", "--format", "{{.Name}}").lines().toList())
                .containsExactlyInAnyOrder("bridge", "host", "none");
    }

    private record Result(int exit, String out) {
    }

    private Result compose(Path project, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(COMPOSE.toString(), "--no-ansi"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
        pb.environment().put("DOCKER_HOST", "unix://" + options.socket());
        pb.environment().put("DOCKER_CONFIG", dir.resolve("docker-config").toString());
        pb.environment().remove("DOCKER_CONTEXT");
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("docker-compose " + String.join(" ", args) + " did not finish: " + out);
        }
        return new Result(p.exitValue(), out);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String httpGet(int port) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write("GET / HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            try (InputStream in = socket.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
