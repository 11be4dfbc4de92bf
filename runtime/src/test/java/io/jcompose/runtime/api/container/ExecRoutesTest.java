package io.jcompose.runtime.api.container;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.engine.api.stream.Demultiplexer;
import io.jcompose.engine.api.stream.Frame;
import io.jcompose.engine.api.stream.StreamFrames;
import io.jcompose.engine.api.stream.StreamType;
import io.jcompose.engine.api.transport.HttpResponse;
import io.jcompose.engine.api.transport.StreamingResponse;
import io.jcompose.engine.api.transport.StreamingUnixSocketHttp;
import io.jcompose.engine.api.transport.UnixSocketHttp;
import io.jcompose.runtime.api.EngineServer;
import io.jcompose.runtime.container.ContainerRecord;
import io.jcompose.runtime.container.ContainerStatus;
import io.jcompose.runtime.container.ContainerStore;
import io.jcompose.runtime.container.exec.ExecRunner;
import io.jcompose.runtime.container.exec.Execs;
import io.jcompose.runtime.container.exec.FakeContainers;
import io.jcompose.runtime.container.exec.FakeExecRunner;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The exec endpoints over a real API server and a plain HTTP client, with a fake runner and record containers. */
class ExecRoutesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> JSON_TYPE = Map.of("Content-Type", "application/json");

    @TempDir
    Path dir;

    private final FakeExecRunner runner = new FakeExecRunner();
    private ContainerStore store;
    private ContainerRecord web;
    private EngineServer server;
    private UnixSocketHttp http;

    @BeforeEach
    void setUp() throws IOException {
        store = ContainerStore.open(dir.resolve("state"));
        web = FakeContainers.add(store, "web", ContainerStatus.RUNNING);
        Execs execs = new Execs(store, runner, List.of("CAP_KILL"));
        server = EngineServer.start(dir.resolve("api.sock"), new ExecRoutes(execs).routes());
        http = new UnixSocketHttp(server.socket());
    }

    @AfterEach
    void tearDown() throws IOException {
        server.close();
    }

    private String create(String body) throws IOException {
        HttpResponse created = http.send("POST", "/v1.47/containers/web/exec", JSON_TYPE, bytes(body));
        assertThat(created.status()).as(created.bodyText()).isEqualTo(201);
        return JSON.readTree(created.body()).get("Id").asString();
    }

    @Test
    void anAttachedStartStreamsFramesAsTheyComeThenInspectShowsTheExit() throws Exception {
        CountDownLatch firstSeen = new CountDownLatch(1);
        runner.behave(launch -> {
            FakeExecRunner.write(launch, StreamType.STDOUT, "bar\n");
            try {
                firstSeen.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            FakeExecRunner.write(launch, StreamType.STDERR, "e\n");
            return ExecRunner.Exit.of(5);
        });
        String id = create("{\"AttachStdout\":true,\"AttachStderr\":true,\"Cmd\":[\"sh\",\"-c\",\"echo\"],"
                + "\"Env\":[\"FOO=bar\"],\"User\":\"1000\",\"WorkingDir\":\"/tmp\"}");
        JsonNode before = inspect(id);
        assertThat(before.get("ExitCode").isNull()).isTrue();
        assertThat(before.get("Running").asBoolean()).isFalse();

        try (StreamingResponse start = new StreamingUnixSocketHttp(server.socket()).open("POST",
                "/v1.47/exec/" + id + "/start", JSON_TYPE, new ByteArrayInputStream(bytes("{\"Detach\":false}")))) {
            assertThat(start.status()).isEqualTo(200);
            assertThat(start.header("Content-Type")).contains(StreamFrames.MULTIPLEXED_CONTENT_TYPE);
            Demultiplexer frames = new Demultiplexer(start.body());
            assertThat(frames.next()).isEqualTo(new Frame(StreamType.STDOUT, bytes("bar\n")));
            assertThat(inspect(id).get("Running").asBoolean()).isTrue();
            firstSeen.countDown();
            assertThat(frames.next()).isEqualTo(new Frame(StreamType.STDERR, bytes("e\n")));
            assertThat(frames.next()).isNull();
        }
        JsonNode after = inspect(id);
        assertThat(after.get("ExitCode").asInt()).isEqualTo(5);
        assertThat(after.get("Running").asBoolean()).isFalse();
        assertThat(after.get("ContainerID").asString()).isEqualTo(web.id().hex());
        assertThat(after.get("Pid").asLong()).isPositive();
        assertThat(after.get("OpenStdout").asBoolean()).isTrue();
        assertThat(after.get("OpenStdin").asBoolean()).isFalse();
        JsonNode process = after.get("ProcessConfig");
        assertThat(process.get("entrypoint").asString()).isEqualTo("sh");
        assertThat(process.get("arguments").toString()).isEqualTo("[\"-c\",\"echo\"]");
        assertThat(process.get("user").asString()).isEqualTo("1000");
        assertThat(process.get("tty").asBoolean()).isFalse();
        assertThat(process.get("privileged").asBoolean()).isFalse();
        assertThat(runner.launches().getFirst().process().cwd()).isEqualTo("/tmp");

        HttpResponse again = http.send("POST", "/v1.47/exec/" + id + "/start", JSON_TYPE, bytes("{}"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.bodyText()).contains("exec command " + id + " has already run");
    }

    @Test
    void aDetachedStartAnswersAtOnceAndResizeIsAccepted() throws Exception {
        String id = create("{\"Cmd\":[\"true\"]}");
        HttpResponse start = http.send("POST", "/v1.47/exec/" + id + "/start", JSON_TYPE, bytes("{\"Detach\":true}"));
        assertThat(start.status()).isEqualTo(200);
        assertThat(start.body()).isEmpty();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (inspect(id).get("ExitCode").isNull() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(inspect(id).get("ExitCode").asInt()).isZero();
        assertThat(http.send("POST", "/v1.47/exec/" + id + "/resize?h=40&w=120", Map.of(), null).status())
                .isEqualTo(200);
        assertThat(http.send("POST", "/v1.47/exec/" + id + "/resize?h=x", Map.of(), null).status()).isEqualTo(400);
    }

    @Test
    void errorsCarryDockersStatusAndMessage() throws Exception {
        assertError(http.send("GET", "/v1.47/exec/nope/json", Map.of(), null), 404, "No such exec instance: nope");
        assertError(http.send("POST", "/v1.47/exec/nope/start", JSON_TYPE, bytes("{}")), 404,
                "No such exec instance: nope");
        assertError(http.send("POST", "/v1.47/exec/nope/resize?h=1&w=1", Map.of(), null), 404,
                "No such exec instance: nope");
        assertError(http.send("POST", "/v1.47/containers/nope/exec", JSON_TYPE, bytes("{\"Cmd\":[\"true\"]}")),
                404, "No such container: nope");
        assertError(http.send("POST", "/v1.47/containers/web/exec", JSON_TYPE, bytes("{\"Cmd\":[]}")), 400,
                "No exec command specified");
        assertError(http.send("POST", "/v1.47/containers/web/exec", JSON_TYPE, bytes("{\"Cmd\":[\"id\"],"
                + "\"User\":\"alice\"}")), 400, "unable to find user alice: no matching entries in passwd file");
        ContainerRecord stopped = FakeContainers.add(store, "stopped", ContainerStatus.EXITED);
        assertError(http.send("POST", "/v1.47/containers/stopped/exec", JSON_TYPE, bytes("{\"Cmd\":[\"true\"]}")),
                409, "Container " + stopped.id() + " is not running");
        String id = create("{\"Cmd\":[\"true\"]}");
        FakeContainers.setStatus(store, web, ContainerStatus.EXITED);
        assertError(http.send("POST", "/v1.47/exec/" + id + "/start", JSON_TYPE, bytes("{}")), 409,
                "Container " + web.id() + " is not running");
    }

    private JsonNode inspect(String id) throws IOException {
        HttpResponse response = http.send("GET", "/v1.47/exec/" + id + "/json", Map.of(), null);
        assertThat(response.status()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static void assertError(HttpResponse response, int status, String message) {
        assertThat(response.status()).as(response.bodyText()).isEqualTo(status);
        assertThat(JSON.readTree(response.body()).get("message").asString()).isEqualTo(message);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
