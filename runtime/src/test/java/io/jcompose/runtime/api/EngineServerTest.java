package io.jcompose.runtime.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jcompose.engine.api.transport.HttpResponse;
import io.jcompose.engine.api.transport.UnixSocketHttp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine API transport: our client and the real docker CLI both talk to the server on a UNIX socket. */
class EngineServerTest {

    @TempDir
    Path dir;

    private EngineServer server;
    private UnixSocketHttp client;

    @BeforeEach
    void start() throws IOException {
        List<Route> routes = new ArrayList<>(new SystemRoutes("0.1.0-test").routes());
        routes.add(new Route("GET", "/images/{name*}/json", r -> ApiResponse.json(200, Map.of("Id", r.pathParam("name")))));
        routes.add(new Route("POST", "/echo", r -> ApiResponse.text(200, new String(r.bodyBytes(), StandardCharsets.UTF_8)
                + "|" + r.queryParam("q").orElse(""))));
        routes.add(new Route("GET", "/stream", r -> ApiResponse.stream(200, "application/json", out -> {
            for (int i = 0; i < 3; i++) {
                out.write(ApiResponse.jsonBytes(Map.of("status", "step " + i)));
                out.write('\n');
                out.flush();
            }
        })));
        server = EngineServer.start(dir.resolve("engine.sock"), routes);
        client = new UnixSocketHttp(server.socket());
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
        assertThat(dir.resolve("engine.sock")).doesNotExist();
    }

    @Test
    void answersPingWithTheApiVersionHeader() throws IOException {
        HttpResponse ping = client.send("GET", "/_ping", Map.of(), null);
        assertThat(ping.status()).isEqualTo(200);
        assertThat(ping.bodyText()).isEqualTo("OK");
        assertThat(ping.header("Api-Version")).contains("1.47");
        assertThat(client.send("HEAD", "/_ping", Map.of(), null).status()).isEqualTo(200);
    }

    @Test
    void socketIsOnlyForOwnerAndGroup() throws IOException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(server.socket())))
                .isEqualTo("rw-rw----");
    }

    @Test
    void stripsTheVersionPrefixAndRefusesVersionsOutOfRange() throws IOException {
        assertThat(client.send("GET", "/v1.41/version", Map.of(), null).bodyText()).contains("\"ApiVersion\":\"1.47\"");
        HttpResponse tooNew = client.send("GET", "/v1.99/version", Map.of(), null);
        assertThat(tooNew.status()).isEqualTo(400);
        assertThat(tooNew.bodyText()).isEqualTo(
                "{\"message\":\"client version 1.99 is too new. Maximum supported API version is 1.47\"}");
    }

    @Test
    void routesWithSlashesInNamesAndPassesBodyAndQuery() throws IOException {
        assertThat(client.send("GET", "/v1.47/images/registry:5000/team/app:1/json", Map.of(), null).bodyText())
                .isEqualTo("{\"Id\":\"registry:5000/team/app:1\"}");
        assertThat(client.send("POST", "/echo?q=x%20y", Map.of(), "body".getBytes(StandardCharsets.UTF_8))
                .bodyText()).isEqualTo("body|x y");
    }

    @Test
    void streamsProgressLines() throws IOException {
        HttpResponse r = client.send("GET", "/stream", Map.of(), null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.bodyText()).isEqualTo("{\"status\":\"step 0\"}\n{\"status\":\"step 1\"}\n{\"status\":\"step 2\"}\n");
    }

    @Test
    void unknownPathsAreDockerStyle404s() throws IOException {
        HttpResponse r = client.send("GET", "/nope", Map.of(), null);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.bodyText()).isEqualTo("{\"message\":\"page not found\"}");
    }

    @Test
    void theRealDockerCliNegotiatesAndPrintsOurVersion() throws Exception {
        Path docker = Path.of("/usr/local/bin/docker");
        if (!Files.isExecutable(docker)) {
            docker = Path.of("/usr/bin/docker");
        }
        assumeTrue(Files.isExecutable(docker), "the docker CLI is not installed");
        Process p = new ProcessBuilder(docker.toString(), "-H", "unix://" + server.socket(), "version",
                "--format", "{{.Server.Version}} {{.Server.APIVersion}}")
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).isEqualTo("0.1.0-test 1.47");
    }
}
