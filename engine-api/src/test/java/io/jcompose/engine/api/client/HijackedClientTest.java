package io.jcompose.engine.api.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.engine.api.client.ScriptedEngine.Request;
import io.jcompose.engine.api.client.ScriptedEngine.Response;
import io.jcompose.engine.api.json.ContainerStatsJson;
import io.jcompose.engine.api.json.ExecConfigJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Attach, exec, wait, top and stats of the client against a scripted engine that hijacks connections. */
@Timeout(20)
class HijackedClientTest {

    private static final String MUX = "application/vnd.docker.multiplexed-stream";
    private static final String RAW = "application/vnd.docker.raw-stream";

    @TempDir
    Path dir;

    private ScriptedEngine engine;

    private Path socket(Function<Request, Response> script) throws Exception {
        engine = ScriptedEngine.start(dir.resolve("engine.sock"), script);
        return dir.resolve("engine.sock");
    }

    @AfterEach
    void close() throws Exception {
        if (engine != null) {
            engine.close();
        }
    }

    private String sent(int i) {
        Request r = engine.requests.get(i);
        return r.method() + " " + URLDecoder.decode(r.target(), StandardCharsets.UTF_8);
    }

    @Test
    void attachSplitsTheStreamsAndForwardsStdinThenHalfCloses() throws Exception {
        ContainerClient c = new ContainerClient(socket(r -> Response.hijack(MUX,
                new Frames().frame(1, "out\n").frame(2, "err\n").bytes())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        c.attach("web", AttachOptions.live(true), false,
                new ByteArrayInputStream("typed\n".getBytes(StandardCharsets.UTF_8)), out, err);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("out\n");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("err\n");
        assertThat(sent(0)).isEqualTo("POST /v1.47/containers/web/attach?stream=1&stdin=1&stdout=1&stderr=1");
        assertThat(engine.requests.getFirst().headers()).containsEntry("connection", "Upgrade")
                .containsEntry("upgrade", "tcp");
        assertThat(engine.hijackedInput).containsExactly("typed\n");
        c.attach("web", AttachOptions.live(false).withDetachKeys("ctrl-x"), false, null, out, err);
        assertThat(sent(1)).isEqualTo("POST /v1.47/containers/web/attach?stream=1&stdout=1&stderr=1"
                + "&detachKeys=ctrl-x");
        assertThat(engine.hijackedInput).containsExactly("typed\n", "");
    }

    @Test
    void aTtyStreamIsRawAndAnEngineThatDoesNotUpgradeStillStreams() throws Exception {
        ContainerClient c = new ContainerClient(socket(r -> r.target().contains("tty")
                ? Response.hijack(RAW, "\u001b[1mraw\r\n".getBytes(StandardCharsets.UTF_8))
                : new Response(200, MUX, new Frames().frame(1, "plain\n").bytes(), true)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (HijackedStream s = c.attach("tty", AttachOptions.live(false), true)) {
            assertThat(s.upgraded()).isTrue();
            assertThat(s.raw()).isTrue();
            s.copy(null, out, err);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\u001b[1mraw\r\n");
        out.reset();
        try (HijackedStream s = c.attach("plain", AttachOptions.live(true), false)) {
            assertThat(s.upgraded()).isFalse();
            s.copy(new ByteArrayInputStream(new byte[] {1}), out, err);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("plain\n");
    }

    @Test
    void refusalsOfAttachAndExecAreEngineErrors() throws Exception {
        Path s = socket(r -> Response.json(r.target().contains("/exec") ? 400 : 409, "{\"message\":\""
                + (r.target().contains("/exec") ? "exec with a TTY is not supported" : "container is paused")
                + "\"}"));
        assertThatThrownBy(() -> new ContainerClient(s).attach("web", AttachOptions.live(false), false))
                .isInstanceOf(EngineApiException.class)
                .hasMessage("Error response from daemon: container is paused");
        assertThatThrownBy(() -> new ExecClient(s).create("web", ExecConfigJson.of(List.of("sh"))))
                .isInstanceOf(EngineApiException.class).extracting(e -> ((EngineApiException) e).status())
                .isEqualTo(400);
    }

    @Test
    void execCreatesStartsOnAHijackedConnectionAndInspects() throws Exception {
        ExecClient c = new ExecClient(socket(r -> {
            if (r.target().endsWith("/exec")) {
                return Response.json(201, "{\"Id\":\"e1\"}");
            }
            if (r.target().endsWith("/start")) {
                return new String(r.body(), StandardCharsets.UTF_8).contains("\"Detach\":true")
                        ? new Response(200, "text/plain", new byte[0], false)
                        : Response.hijack(MUX, new Frames().frame(1, "hi\n").frame(2, "oops\n").bytes());
            }
            return Response.json(200, "{\"ID\":\"e1\",\"Running\":false,\"ExitCode\":7,\"ContainerID\":\"c\","
                    + "\"Pid\":42,\"ProcessConfig\":{\"entrypoint\":\"sh\",\"arguments\":[\"-c\",\"x\"]}}");
        }));
        assertThat(c.create("web", ExecConfigJson.of(List.of("sh", "-c", "x")))).isEqualTo("e1");
        assertThat(new String(engine.requests.getFirst().body(), StandardCharsets.UTF_8)).isEqualTo(
                "{\"AttachStdin\":false,\"AttachStdout\":true,\"AttachStderr\":true,\"Tty\":false,"
                        + "\"Cmd\":[\"sh\",\"-c\",\"x\"],\"Privileged\":false}");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        c.start("e1", false, new ByteArrayInputStream("in".getBytes(StandardCharsets.UTF_8)), out, err);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("hi\n");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("oops\n");
        assertThat(engine.hijackedInput).containsExactly("in");
        assertThat(new String(engine.requests.get(1).body(), StandardCharsets.UTF_8))
                .isEqualTo("{\"Detach\":false,\"Tty\":false}");
        assertThat(c.inspect("e1").exitCode()).isEqualTo(7);
        c.startDetached("e1");
        assertThat(List.of(sent(0), sent(1), sent(2), sent(3))).containsExactly("POST /v1.47/containers/web/exec",
                "POST /v1.47/exec/e1/start", "GET /v1.47/exec/e1/json", "POST /v1.47/exec/e1/start");
        assertThat(new String(engine.requests.get(3).body(), StandardCharsets.UTF_8))
                .isEqualTo("{\"Detach\":true,\"Tty\":false}");
    }

    @Test
    void aWaitIsRegisteredBeforeItsAnswerIsRead() throws Exception {
        ContainerClient c = new ContainerClient(socket(r -> Response.json(200, "{\"StatusCode\":5}")));
        try (PendingWait wait = c.startWait("web", WaitCondition.REMOVED)) {
            assertThat(sent(0)).isEqualTo("POST /v1.47/containers/web/wait?condition=removed");
            assertThat(wait.result().statusCode()).isEqualTo(5);
        }
        assertThat(c.wait("web", WaitCondition.NEXT_EXIT).statusCode()).isEqualTo(5);
    }

    @Test
    void topAndStatsOnceAndStreamed() throws Exception {
        String sample = "{\"id\":\"abc\",\"name\":\"/web\",\"pids_stats\":{\"current\":%d},"
                + "\"memory_stats\":{\"usage\":100,\"limit\":1000}}";
        ContainerClient c = new ContainerClient(socket(r -> {
            if (r.target().contains("/top")) {
                return Response.json(200, "{\"Titles\":[\"PID\",\"CMD\"],\"Processes\":[[\"1\",\"sleep 60\"]]}");
            }
            if (r.target().contains("stream=1")) {
                return Response.lines(sample.formatted(1), sample.formatted(2));
            }
            return Response.json(200, sample.formatted(3));
        }));
        var top = c.top("web", "-o pid,comm");
        assertThat(top.titles()).containsExactly("PID", "CMD");
        assertThat(top.processes()).containsExactly(List.of("1", "sleep 60"));
        assertThat(c.stats("web").pidsStats().current()).isEqualTo(3);
        List<ContainerStatsJson> samples = new ArrayList<>();
        c.stats("web", samples::add);
        assertThat(samples).extracting(s -> s.pidsStats().current()).containsExactly(1L, 2L);
        assertThat(samples.getFirst().memoryStats().limit()).isEqualTo(1000);
        c.top("web", "");
        assertThat(List.of(sent(0), sent(1), sent(2), sent(3))).containsExactly(
                "GET /v1.47/containers/web/top?ps_args=-o pid,comm", "GET /v1.47/containers/web/stats?stream=0",
                "GET /v1.47/containers/web/stats?stream=1", "GET /v1.47/containers/web/top");
    }
}
