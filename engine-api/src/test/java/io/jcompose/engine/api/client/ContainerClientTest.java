package io.jcompose.engine.api.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.engine.api.client.ScriptedEngine.Request;
import io.jcompose.engine.api.client.ScriptedEngine.Response;
import io.jcompose.engine.api.json.ContainerConfigJson;
import io.jcompose.engine.api.json.ContainerCreateJson;
import io.jcompose.engine.api.json.ContainerSummaryJson;
import io.jcompose.engine.api.json.HostConfigJson;
import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContainerClientTest {

    @TempDir
    Path dir;

    private ScriptedEngine engine;

    private ContainerClient client(Function<Request, Response> script) throws Exception {
        engine = ScriptedEngine.start(dir.resolve("engine.sock"), script);
        return new ContainerClient(dir.resolve("engine.sock"));
    }

    @AfterEach
    void close() throws Exception {
        if (engine != null) {
            engine.close();
        }
    }

    private static Response empty(int status) {
        return new Response(status, "text/plain", new byte[0], false);
    }

    private String sent(int i) {
        Request r = engine.requests.get(i);
        return r.method() + " " + URLDecoder.decode(r.target(), StandardCharsets.UTF_8);
    }

    @Test
    void createSendsTheConfigInlinedWithItsName() throws Exception {
        ContainerClient c = client(r -> Response.json(201, "{\"Id\":\"abc123\",\"Warnings\":null}"));
        var created = c.create("web", new ContainerCreateJson(ContainerConfigJson.of("busybox", List.of("true")),
                HostConfigJson.empty(), null));
        assertThat(created.id()).isEqualTo("abc123");
        assertThat(created.warnings()).isEmpty();
        Request r = engine.requests.getFirst();
        assertThat(sent(0)).isEqualTo("POST /v1.47/containers/create?name=web");
        assertThat(r.headers()).containsEntry("content-type", "application/json");
        assertThat(new String(r.body(), StandardCharsets.UTF_8))
                .isEqualTo("{\"Cmd\":[\"true\"],\"Image\":\"busybox\",\"HostConfig\":{}}");
        c.create("", new ContainerCreateJson(ContainerConfigJson.of("busybox", null), null, null));
        assertThat(sent(1)).isEqualTo("POST /v1.47/containers/create");
    }

    @Test
    void lifecycleCallsCarryTheirOptions() throws Exception {
        ContainerClient c = client(r -> r.target().contains("/start") ? empty(304) : empty(204));
        c.start("web");
        c.stop("web", OptionalInt.of(3), "SIGINT");
        c.stop("web", OptionalInt.empty(), "");
        c.kill("web", "HUP");
        c.restart("web", OptionalInt.of(0));
        c.remove("web", true, true);
        c.remove("web", false, false);
        c.pause("web");
        c.unpause("web");
        c.rename("web", "web2");
        assertThat(engine.requests).extracting(r -> r.method() + " " + r.target()).containsExactly(
                "POST /v1.47/containers/web/start",
                "POST /v1.47/containers/web/stop?t=3&signal=SIGINT",
                "POST /v1.47/containers/web/stop",
                "POST /v1.47/containers/web/kill?signal=HUP",
                "POST /v1.47/containers/web/restart?t=0",
                "DELETE /v1.47/containers/web?force=1&v=1",
                "DELETE /v1.47/containers/web",
                "POST /v1.47/containers/web/pause",
                "POST /v1.47/containers/web/unpause",
                "POST /v1.47/containers/web/rename?name=web2");
    }

    @Test
    void aMissingContainerIsTheDaemonsMessageAndNamesCannotEscapeThePath() throws Exception {
        ContainerClient c = client(r -> Response.json(404, "{\"message\":\"No such container: nope\"}"));
        assertThatThrownBy(() -> c.stop("nope", OptionalInt.empty(), null))
                .isInstanceOfSatisfying(EngineApiException.class, e -> assertThat(e.isNotFound()).isTrue())
                .hasMessage("Error response from daemon: No such container: nope");
        assertThatThrownBy(() -> c.inspect("../x?y z")).isInstanceOf(EngineApiException.class);
        assertThat(engine.requests.get(1).target()).isEqualTo("/v1.47/containers/..%2Fx%3Fy%20z/json");
    }

    @Test
    void listSendsFiltersAsJsonAndReadsSummaries() throws Exception {
        ContainerClient c = client(r -> Response.json(200, """
                [{"Id":"abc","Names":["/web"],"Image":"busybox","Command":"sleep 60","Created":10,
                  "Ports":[{"IP":"127.0.0.1","PrivatePort":80,"PublicPort":8080,"Type":"tcp"}],
                  "Labels":{},"State":"running","Status":"Up 2 seconds","Future":1}]"""));
        List<ContainerSummaryJson> list = c.list(true, Map.of("status", List.of("running"), "name", List.of("w")));
        assertThat(sent(0)).isEqualTo(
                "GET /v1.47/containers/json?all=1&filters={\"name\":[\"w\"],\"status\":[\"running\"]}");
        assertThat(list.getFirst().names()).containsExactly("/web");
        assertThat(list.getFirst().ports().getFirst().publicPort()).isEqualTo(8080);
        c.list(false, Map.of());
        assertThat(sent(1)).isEqualTo("GET /v1.47/containers/json");
    }

    @Test
    void inspectAndWait() throws Exception {
        ContainerClient c = client(r -> r.target().contains("/wait")
                ? Response.json(200, "{\"StatusCode\":3,\"Error\":null}")
                : Response.json(200, "{\"Id\":\"abc\",\"Name\":\"/web\",\"State\":{\"Status\":\"exited\","
                        + "\"ExitCode\":3},\"Config\":{\"Image\":\"busybox\",\"Tty\":false}}"));
        assertThat(c.inspect("web").state().exitCode()).isEqualTo(3);
        assertThat(c.wait("web", WaitCondition.NEXT_EXIT).statusCode()).isEqualTo(3);
        assertThat(sent(1)).isEqualTo("POST /v1.47/containers/web/wait?condition=next-exit");
    }

    @Test
    void logsDemultiplexFramesSplitAcrossChunks() throws Exception {
        byte[] body = new Frames().frame(1, "hello\n").frame(2, "oops\n").frame(1, "a longer line of output\n")
                .bytes();
        ContainerClient c = client(r -> new Response(200, ContainerClient.MULTIPLEXED, body, true));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        c.logs("web", LogsOptions.all().withFollow(true).withTimestamps(true).withTail("10")
                .withWindow("1700000000", "1700000600.5"), out, err);
        assertThat(out.toString()).isEqualTo("hello\na longer line of output\n");
        assertThat(err.toString()).isEqualTo("oops\n");
        assertThat(sent(0)).isEqualTo("GET /v1.47/containers/web/logs?stdout=1&stderr=1&follow=1&timestamps=1"
                + "&since=1700000000&until=1700000600.5&tail=10");
    }

    @Test
    void aTtyContainersLogsAreRaw() throws Exception {
        ContainerClient c = client(r -> new Response(200, ContainerClient.RAW, "\u0001raw\r\n".getBytes(), true));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        c.logs("web", LogsOptions.all(), out, new ByteArrayOutputStream());
        assertThat(out.toString()).isEqualTo("\u0001raw\r\n");
        assertThat(sent(0)).isEqualTo("GET /v1.47/containers/web/logs?stdout=1&stderr=1&tail=all");
    }
}
