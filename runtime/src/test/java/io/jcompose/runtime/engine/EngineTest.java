package io.jcompose.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jcompose.engine.api.transport.HttpResponse;
import io.jcompose.engine.api.transport.UnixSocketHttp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One engine in this JVM: lock, pid file, socket, /info, and a clean close. */
class EngineTest {

    private static final HostFacts HOST = new HostFacts("box", "Debian GNU/Linux 12 (bookworm)", "12",
            "6.1.0", "x86_64", 2, 8L << 30, "1");

    @TempDir
    Path dir;

    private EngineOptions options;
    private Engine engine;

    @BeforeEach
    void start() throws IOException {
        options = new EngineOptions(dir.resolve("state"), dir.resolve("run/engine.sock"), Optional.empty());
        engine = Engine.start(options, "0.1.0-test", HOST, 4242);
    }

    @AfterEach
    void stop() throws IOException {
        engine.close();
        TestEngines.assertNothingLeft(options.state());
    }

    @Test
    void writesThePidFileAndServesOnTheSocket() throws IOException {
        assertThat(Files.readString(options.pidFile())).isEqualTo("4242\n");
        assertThat(Files.readString(options.lockFile())).isEqualTo("4242\n");
        assertThat(options.images()).isDirectory();
        assertThat(new UnixSocketHttp(options.socket()).send("GET", "/_ping", Map.of(), null).bodyText())
                .isEqualTo("OK");
    }

    @Test
    void aSecondEngineOnTheSameStateIsRefusedAndTouchesNothing() throws IOException {
        EngineOptions other = new EngineOptions(options.state(), dir.resolve("other.sock"), Optional.empty());
        assertThatThrownBy(() -> Engine.start(other, "0.1.0-test", HOST, 99))
                .isInstanceOf(EngineLockedException.class)
                .hasMessage("another jcompose engine is running (pid 4242)");
        assertThat(options.pidFile()).exists();
        assertThat(options.socket()).exists();
        assertThat(dir.resolve("other.sock")).doesNotExist();
    }

    @Test
    void anEngineOnAnotherStateMayNotTakeALiveSocket() {
        EngineOptions other = new EngineOptions(dir.resolve("state2"), options.socket(), Optional.empty());
        assertThatThrownBy(() -> Engine.start(other, "0.1.0-test", HOST, 99))
                .isInstanceOf(IOException.class)
                .hasMessage("cannot serve the engine API at " + options.socket() + ": another engine answers there");
        assertThat(other.pidFile()).doesNotExist();
    }

    @Test
    void closeRemovesSocketAndPidFileAndFreesTheState() throws IOException {
        engine.close();
        assertThat(options.socket()).doesNotExist();
        assertThat(options.pidFile()).doesNotExist();
        engine = Engine.start(options, "0.1.0-test", HOST, 4243);
        assertThat(Files.readString(options.pidFile())).isEqualTo("4243\n");
    }

    @Test
    void keepsItsIdAcrossRestarts() throws IOException {
        String id = engine.engineId();
        engine.close();
        engine = Engine.start(options, "0.1.0-test", HOST, 4243);
        assertThat(engine.engineId()).isEqualTo(id).matches("[0-9a-f-]{36}");
    }

    @Test
    void infoHasDockersShape() throws IOException {
        HttpResponse r = new UnixSocketHttp(options.socket()).send("GET", "/v1.47/info", Map.of(), null);
        assertThat(r.status()).isEqualTo(200);
        JsonNode info = JsonMapper.builder().build().readTree(r.body());
        assertThat(info.get("ID").asString()).isEqualTo(engine.engineId());
        assertThat(info.get("Name").asString()).isEqualTo("box");
        assertThat(info.get("ServerVersion").asString()).isEqualTo("0.1.0-test");
        assertThat(info.get("OperatingSystem").asString()).isEqualTo("Debian GNU/Linux 12 (bookworm)");
        assertThat(info.get("OSType").asString()).isEqualTo("linux");
        assertThat(info.get("Architecture").asString()).isEqualTo("x86_64");
        assertThat(info.get("NCPU").asInt()).isEqualTo(2);
        assertThat(info.get("MemTotal").asLong()).isEqualTo(8L << 30);
        assertThat(info.get("DockerRootDir").asString()).isEqualTo(options.state().toString());
        assertThat(info.get("Images").asInt()).isZero();
        assertThat(info.get("Containers").asInt()).isZero();
        assertThat(info.get("Driver").asString()).isEqualTo("overlay2");
        assertThat(info.get("Swarm").get("LocalNodeState").asString()).isEqualTo("inactive");
    }

    @Test
    void theRealDockerCliPrintsInfoWithoutErrors() throws Exception {
        Path docker = Path.of("/usr/local/bin/docker");
        if (!Files.isExecutable(docker)) {
            docker = Path.of("/usr/bin/docker");
        }
        assumeTrue(Files.isExecutable(docker), "the docker CLI is not installed");
        Process p = new ProcessBuilder(docker.toString(), "-H", "unix://" + options.socket(), "info")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("Server Version: 0.1.0-test", "Storage Driver: overlay2",
                "Docker Root Dir: " + options.state(), "Operating System: Debian GNU/Linux 12 (bookworm)")
                .doesNotContainIgnoringCase("error");
    }
}
