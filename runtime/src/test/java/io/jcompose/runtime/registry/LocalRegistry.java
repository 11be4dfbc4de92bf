package io.jcompose.runtime.registry;

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
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's {@code docker-registry} on 127.0.0.1 and a free port, storing in a temp dir, optionally behind htpasswd
 * basic auth or another auth section (token auth); stopped by its own PID and its directory deleted on
 * {@link #close()}.
 */
public final class LocalRegistry implements AutoCloseable {

    public static final Path BINARY = Path.of("/usr/bin/docker-registry");
    static final Path HTPASSWD = Path.of("/usr/bin/htpasswd");

    private final Path dir;
    private final Process process;
    private final int port;

    private LocalRegistry(Path dir, Process process, int port) {
        this.dir = dir;
        this.process = process;
        this.port = port;
    }

    /** Starts a registry; with {@code user} non-null it requires that user with {@code password}. */
    public static LocalRegistry start(String user, String password) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("jcompose-registry-it");
        String auth = "";
        if (user != null) {
            Path htpasswd = dir.resolve("htpasswd");
            run(HTPASSWD.toString(), "-cbB", htpasswd.toString(), user, password);
            auth = "auth:\n  htpasswd:\n    realm: jcompose-test\n    path: " + htpasswd + "\n";
        }
        return launch(dir, auth);
    }

    /** Starts a registry whose config ends with {@code section} (top-level YAML, e.g. an {@code auth:} block). */
    public static LocalRegistry startWithConfig(String section) throws IOException, InterruptedException {
        return launch(Files.createTempDirectory("jcompose-registry-it"), section);
    }

    private static LocalRegistry launch(Path dir, String auth) throws IOException, InterruptedException {
        int port = freePort();
        Path config = Files.writeString(dir.resolve("config.yml"), """
                version: 0.1
                log:
                  level: warn
                storage:
                  filesystem:
                    rootdirectory: %s
                  delete:
                    enabled: true
                http:
                  addr: 127.0.0.1:%d
                  secret: jcompose-test-secret
                %s""".formatted(dir.resolve("data"), port, auth));
        Process p = new ProcessBuilder(BINARY.toString(), "serve", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("registry.log").toFile())
                .start();
        LocalRegistry r = new LocalRegistry(dir, p, port);
        try {
            r.awaitReady();
        } catch (IOException | InterruptedException | RuntimeException e) {
            r.close();
            throw e;
        }
        return r;
    }

    public String host() {
        return "127.0.0.1:" + port;
    }

    public String log() throws IOException {
        return Files.readString(dir.resolve("registry.log"));
    }

    private void awaitReady() throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpRequest ping = HttpRequest.newBuilder(URI.create("http://" + host() + "/v2/"))
                    .timeout(Duration.ofSeconds(2)).build();
            for (int i = 0; i < 100; i++) {
                if (!process.isAlive()) {
                    throw new IOException("docker-registry exited with " + process.exitValue() + ": " + log());
                }
                try {
                    http.send(ping, HttpResponse.BodyHandlers.discarding());
                    return;
                } catch (IOException e) {
                    Thread.sleep(100);
                }
            }
        }
        throw new IOException("docker-registry did not answer on " + host() + " within 10 s: " + log());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Runs a command to completion; its output on failure. */
    public static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
