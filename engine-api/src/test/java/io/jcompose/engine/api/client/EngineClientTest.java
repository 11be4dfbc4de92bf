package io.jcompose.engine.api.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.engine.api.client.ScriptedEngine.Request;
import io.jcompose.engine.api.client.ScriptedEngine.Response;
import io.jcompose.engine.api.json.AuthConfigJson;
import io.jcompose.engine.api.json.ImageDeleteJson;
import io.jcompose.engine.api.json.ImageSummaryJson;
import io.jcompose.engine.api.json.ProgressJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineClientTest {

    @TempDir
    Path dir;

    private ScriptedEngine engine;

    private EngineClient client(Function<Request, Response> script) throws Exception {
        engine = ScriptedEngine.start(dir.resolve("engine.sock"), script);
        return new EngineClient(dir.resolve("engine.sock"));
    }

    @AfterEach
    void close() throws Exception {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void listsImagesToleratingNullNames() throws Exception {
        EngineClient c = client(r -> Response.json(200, """
                [{"Id":"sha256:aa","ParentId":"","RepoTags":["a:1"],"RepoDigests":[],"Created":5,"Size":10,
                  "SharedSize":-1,"Labels":{"x":"y"},"Containers":-1,"Future":true},
                 {"Id":"sha256:bb","RepoTags":null,"RepoDigests":null,"Labels":null,"Created":1,"Size":2}]"""));
        List<ImageSummaryJson> images = c.listImages(true);
        assertThat(engine.requests.getFirst().target()).isEqualTo("/v1.47/images/json?all=1");
        assertThat(images).extracting(ImageSummaryJson::id).containsExactly("sha256:aa", "sha256:bb");
        assertThat(images.get(0).repoTags()).containsExactly("a:1");
        assertThat(images.get(1).repoTags()).isEmpty();
        assertThat(images.get(1).labels()).isEmpty();
    }

    @Test
    void aRefusalBecomesTheDaemonsMessage() throws Exception {
        EngineClient c = client(r -> Response.json(404, "{\"message\":\"No such image: nope:latest\"}"));
        assertThatThrownBy(() -> c.inspectImage("nope"))
                .isInstanceOfSatisfying(EngineApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.isNotFound()).isTrue();
                    assertThat(e.engineMessage()).isEqualTo("No such image: nope:latest");
                })
                .hasMessage("Error response from daemon: No such image: nope:latest");
        assertThat(engine.requests.getFirst().target()).isEqualTo("/v1.47/images/nope/json");
    }

    @Test
    void aRefusalWithoutJsonKeepsItsText() throws Exception {
        EngineClient c = client(r -> new Response(500, "text/plain", "boom".getBytes(), false));
        assertThatThrownBy(() -> c.tagImage("a", "b", "c")).hasMessage("Error response from daemon: boom");
    }

    @Test
    void pullStreamsProgressLinesAndSendsTheAuthHeader() throws Exception {
        EngineClient c = client(r -> Response.lines(
                "{\"status\":\"Pulling from library/alpine\",\"id\":\"3\"}",
                "{\"status\":\"Downloading\",\"progressDetail\":{\"current\":1,\"total\":9},\"id\":\"abc\"}",
                "{\"status\":\"Digest: sha256:00\"}"));
        List<ProgressJson> lines = new ArrayList<>();
        c.pullImage("alpine", "3", new AuthConfigJson("u", "p", null, "127.0.0.1:5000", null, null), lines::add);
        Request sent = engine.requests.getFirst();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.target()).isEqualTo("/v1.47/images/create?fromImage=alpine&tag=3");
        String auth = new String(Base64.getUrlDecoder().decode(sent.headers().get("x-registry-auth")),
                StandardCharsets.UTF_8);
        assertThat(auth).contains("\"username\":\"u\"", "\"password\":\"p\"");
        assertThat(lines).extracting(ProgressJson::status)
                .containsExactly("Pulling from library/alpine", "Downloading", "Digest: sha256:00");
        assertThat(lines.get(1).progressDetail().total()).isEqualTo(9L);
    }

    @Test
    void anErrorLineEndsTheStreamWithItsMessage() throws Exception {
        EngineClient c = client(r -> Response.lines("{\"status\":\"The push refers to repository [x]\"}",
                "{\"errorDetail\":{\"message\":\"denied: no\"},\"error\":\"denied: no\"}",
                "{\"status\":\"never seen\"}"));
        List<ProgressJson> lines = new ArrayList<>();
        assertThatThrownBy(() -> c.pushImage("127.0.0.1:5000/x", "", null, lines::add))
                .isInstanceOf(EngineApiException.class).hasMessage("denied: no");
        assertThat(lines).hasSize(1);
        assertThat(engine.requests.getFirst().target()).isEqualTo("/v1.47/images/127.0.0.1:5000/x/push");
        assertThat(engine.requests.getFirst().headers()).doesNotContainKey("x-registry-auth");
    }

    @Test
    void importSendsTheTarballChunkedWithItsOptions() throws Exception {
        byte[] tar = new byte[300_000];
        new Random(7).nextBytes(tar);
        EngineClient c = client(r -> Response.lines("{\"status\":\"sha256:1234\"}"));
        List<ProgressJson> lines = new ArrayList<>();
        c.importImage(new ByteArrayInputStream(tar),
                new ImportRequest("me/app", "v1", List.of("CMD [\"/bin/sh\"]", "ENV A=b c"), "hello world"),
                lines::add);
        Request sent = engine.requests.getFirst();
        assertThat(sent.body()).isEqualTo(tar);
        assertThat(sent.headers()).containsEntry("transfer-encoding", "chunked");
        assertThat(URLDecoder.decode(sent.target(), StandardCharsets.UTF_8)).isEqualTo("/v1.47/images/create?"
                + "fromSrc=-&repo=me/app&tag=v1&message=hello world&changes=CMD [\"/bin/sh\"]&changes=ENV A=b c");
        assertThat(lines).extracting(ProgressJson::status).containsExactly("sha256:1234");
    }

    @Test
    void loadAndSaveStreamArchives() throws Exception {
        byte[] archive = new byte[200_001];
        new Random(11).nextBytes(archive);
        EngineClient c = client(r -> r.target().startsWith("/v1.47/images/load")
                ? Response.lines("{\"stream\":\"Loaded image: a:1\\n\"}")
                : new Response(200, "application/x-tar", archive, true));
        List<ProgressJson> lines = new ArrayList<>();
        c.loadImages(new ByteArrayInputStream(archive), true, lines::add);
        assertThat(lines.getFirst().stream()).isEqualTo("Loaded image: a:1\n");
        assertThat(engine.requests.getFirst().body()).isEqualTo(archive);
        assertThat(engine.requests.getFirst().target()).isEqualTo("/v1.47/images/load?quiet=1");
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        c.saveImages(List.of("a:1", "b"), saved);
        assertThat(saved.toByteArray()).isEqualTo(archive);
        assertThat(engine.requests.get(1).target()).isEqualTo("/v1.47/images/get?names=a%3A1&names=b");
    }

    @Test
    void removeTagAndPrune() throws Exception {
        EngineClient c = client(r -> switch (r.method()) {
            case "DELETE" -> Response.json(200, "[{\"Untagged\":\"a:1\"},{\"Deleted\":\"sha256:aa\"}]");
            case "POST" -> r.target().contains("prune")
                    ? Response.json(200, "{\"ImagesDeleted\":null,\"SpaceReclaimed\":0}")
                    : new Response(201, "text/plain", new byte[0], false);
            default -> Response.json(400, "{\"message\":\"unexpected\"}");
        });
        assertThat(c.removeImage("a:1", true, false)).containsExactly(ImageDeleteJson.untagged("a:1"),
                ImageDeleteJson.deleted("sha256:aa"));
        assertThat(engine.requests.getFirst().target()).isEqualTo("/v1.47/images/a:1?force=1");
        c.tagImage("a:1", "127.0.0.1:5000/a", "v2");
        assertThat(engine.requests.get(1).target())
                .isEqualTo("/v1.47/images/a:1/tag?repo=127.0.0.1%3A5000%2Fa&tag=v2");
        assertThat(c.pruneImages(true).imagesDeleted()).isEmpty();
        assertThat(URLDecoder.decode(engine.requests.get(2).target(), StandardCharsets.UTF_8))
                .isEqualTo("/v1.47/images/prune?filters={\"dangling\":[\"false\"]}");
    }

    @Test
    void nothingListeningIsAnIoError() {
        EngineClient c = new EngineClient(dir.resolve("none.sock"));
        assertThatThrownBy(() -> c.listImages(false)).isInstanceOf(java.io.IOException.class)
                .isNotInstanceOf(EngineApiException.class);
    }
}
