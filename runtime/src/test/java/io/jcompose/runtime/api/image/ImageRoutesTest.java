package io.jcompose.runtime.api.image;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.engine.api.transport.HttpResponse;
import io.jcompose.engine.api.transport.UnixSocketHttp;
import io.jcompose.runtime.api.EngineServer;
import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.archive.ImportOptions;
import io.jcompose.runtime.image.archive.RootfsImporter;
import io.jcompose.runtime.image.ref.ImageReference;
import io.jcompose.runtime.image.store.ImageStore;
import io.jcompose.runtime.image.store.ImageUsers;
import io.jcompose.runtime.registry.RegistryOptions;
import io.jcompose.runtime.registry.auth.CredentialSource;
import io.jcompose.runtime.registry.transport.RetryPolicy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The image endpoints' JSON shapes and status codes, through our own UNIX-socket client; no registry needed. */
class ImageRoutesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-03T04:05:06Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private ImageStore store;
    private EngineServer server;
    private UnixSocketHttp http;

    @BeforeEach
    void start() throws IOException {
        store = ImageStore.open(dir.resolve("images"));
        RegistryClients registries = RegistryClients.of(RegistryOptions.defaults()
                .withCredentials(CredentialSource.NONE).withRetry(RetryPolicy.defaults().withSleeper(d -> { })));
        server = EngineServer.start(dir.resolve("engine.sock"),
                new ImageRoutes(store, registries, ImageUsers.NONE, CLOCK).routes());
        http = new UnixSocketHttp(server.socket());
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private Digest imported(String name, String content, List<String> changes) throws IOException {
        return new RootfsImporter(store, CLOCK).importRootfs(new ByteArrayInputStream(Rootfs.tar(content)),
                ImportOptions.of(name == null ? null : ImageReference.parse(name), changes));
    }

    private HttpResponse send(String method, String target) throws IOException {
        return http.send(method, target, Map.of(), null);
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void listsImagesInDockersSummaryShape() throws IOException {
        Digest id = imported("team/app:1", "a", List.of("LABEL tier=web"));
        HttpResponse r = send("GET", "/v1.47/images/json");
        assertThat(r.status()).isEqualTo(200);
        JsonNode row = JSON.readTree(r.bodyText()).get(0);
        long size = store.resolve("team/app:1").size();
        assertThat(JSON.writeValueAsString(row)).isEqualTo("{\"Id\":\"" + id + "\",\"ParentId\":\"\",\"RepoTags\":"
                + "[\"team/app:1\"],\"RepoDigests\":[],\"Created\":" + CLOCK.instant().getEpochSecond() + ",\"Size\":"
                + size + ",\"SharedSize\":-1,\"Labels\":{\"tier\":\"web\"},\"Containers\":-1}");
    }

    @Test
    void filtersByDanglingReferenceAndLabel() throws IOException {
        imported("team/app:1", "a", List.of("LABEL tier=web"));
        imported("other/db:2", "b", List.of());
        Digest dangling = imported(null, "c", List.of());
        assertThat(tags("{\"dangling\":{\"true\":true}}")).containsExactly("[]");
        assertThat(JSON.readTree(send("GET", "/images/json?filters=" + q("{\"dangling\":[\"true\"]}")).bodyText())
                .get(0).get("Id").asString()).isEqualTo(dangling.toString());
        assertThat(tags("{\"reference\":{\"team/*\":true}}")).containsExactly("[\"team/app:1\"]");
        assertThat(tags("{\"reference\":{\"other/db:2\":true}}")).containsExactly("[\"other/db:2\"]");
        assertThat(tags("{\"label\":{\"tier=web\":true}}")).containsExactly("[\"team/app:1\"]");
        assertThat(tags("{\"label\":{\"tier=db\":true}}")).isEmpty();
        HttpResponse bad = send("GET", "/images/json?filters=" + q("{\"colour\":{\"red\":true}}"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.bodyText()).isEqualTo("{\"message\":\"invalid filter 'colour'\"}");
    }

    private List<String> tags(String filters) throws IOException {
        HttpResponse r = send("GET", "/images/json?filters=" + q(filters));
        assertThat(r.status()).as(r.bodyText()).isEqualTo(200);
        List<String> out = new java.util.ArrayList<>();
        JSON.readTree(r.bodyText()).forEach(n -> out.add(JSON.writeValueAsString(n.get("RepoTags"))));
        return out;
    }

    @Test
    void inspectsWithConfigRootfsAndDockerTimes() throws IOException {
        Digest id = imported("registry.example:5000/team/app:1", "a",
                List.of("CMD [\"sh\"]", "ENV A=1", "WORKDIR /app", "EXPOSE 80/tcp", "USER nobody"));
        HttpResponse r = send("GET", "/v1.47/images/registry.example:5000/team/app:1/json");
        assertThat(r.status()).isEqualTo(200);
        JsonNode j = JSON.readTree(r.bodyText());
        assertThat(j.get("Id").asString()).isEqualTo(id.toString());
        assertThat(j.get("Created").asString()).isEqualTo("2026-02-03T04:05:06Z");
        assertThat(JSON.writeValueAsString(j.get("Config"))).isEqualTo("{\"Hostname\":\"\",\"Domainname\":\"\","
                + "\"User\":\"nobody\",\"AttachStdin\":false,\"AttachStdout\":false,\"AttachStderr\":false,"
                + "\"ExposedPorts\":{\"80/tcp\":{}},\"Tty\":false,\"OpenStdin\":false,\"StdinOnce\":false,"
                + "\"Env\":[\"A=1\"],\"Cmd\":[\"sh\"],\"Image\":\"\",\"Volumes\":null,\"WorkingDir\":\"/app\","
                + "\"Entrypoint\":null,\"OnBuild\":null,\"Labels\":null}");
        assertThat(j.get("RootFS").get("Type").asString()).isEqualTo("layers");
        assertThat(j.get("RootFS").get("Layers")).hasSize(1);
        assertThat(j.get("Metadata").get("LastTagTime").asString()).isEqualTo("0001-01-01T00:00:00Z");
        assertThat(j.get("Os").asString()).isEqualTo("linux");
        assertThat(j.get("RepoTags").get(0).asString()).isEqualTo("registry.example:5000/team/app:1");

        HttpResponse missing = send("GET", "/images/nope/json");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.bodyText()).isEqualTo("{\"message\":\"No such image: nope:latest\"}");
    }

    @Test
    void tagsRemovesAndReportsConflicts() throws IOException {
        Digest id = imported("team/app:1", "a", List.of());
        assertThat(send("POST", "/images/team/app:1/tag?repo=team/copy&tag=2").status()).isEqualTo(201);
        assertThat(send("POST", "/images/nope/tag?repo=x").status()).isEqualTo(404);
        assertThat(send("POST", "/images/team/app:1/tag?repo=" + q("Bad Name")).status()).isEqualTo(400);
        assertThat(store.resolve("team/copy:2").id()).isEqualTo(id);

        assertThat(send("DELETE", "/images/team/copy:2").bodyText()).isEqualTo("[{\"Untagged\":\"team/copy:2\"}]");
        String layer = store.resolve("team/app:1").manifest().layers().getFirst().digest();
        assertThat(send("DELETE", "/images/" + id.shortHex()).bodyText()).isEqualTo("[{\"Untagged\":\"team/app:1\"},"
                + "{\"Deleted\":\"" + id + "\"},{\"Deleted\":\"" + layer + "\"}]");
        HttpResponse gone = send("DELETE", "/images/team/app:1");
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.bodyText()).isEqualTo("{\"message\":\"No such image: team/app:1\"}");
    }

    @Test
    void deleteOfAnImageInUseIsA409() throws IOException {
        Digest id = imported("team/app:1", "a", List.of());
        server.close();
        server = EngineServer.start(dir.resolve("engine.sock"), new ImageRoutes(store,
                RegistryClients.of(RegistryOptions.defaults()), imageId -> List.of(
                        new ImageUsers.ContainerUse("feedfacecafe0000", true)), CLOCK).routes());
        HttpResponse r = send("DELETE", "/images/" + id + "?force=1");
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.bodyText()).isEqualTo("{\"message\":\"conflict: unable to delete " + id.shortHex()
                + " (cannot be forced) - image is being used by running container feedfacecafe\"}");
    }

    @Test
    void prunesDanglingByDefaultAndEverythingUnusedWithDanglingFalse() throws IOException {
        Digest dangling = imported(null, "c", List.of());
        Digest named = imported("team/app:1", "a", List.of());
        long layerSize = store.resolve(dangling.toString()).size();
        JsonNode first = JSON.readTree(send("POST", "/images/prune").bodyText());
        assertThat(JSON.writeValueAsString(first.get("ImagesDeleted").get(0)))
                .isEqualTo("{\"Deleted\":\"" + dangling + "\"}");
        assertThat(first.get("SpaceReclaimed").asLong()).isEqualTo(layerSize);
        JsonNode all = JSON.readTree(send("POST", "/images/prune?filters=" + q("{\"dangling\":{\"false\":true}}"))
                .bodyText());
        assertThat(JSON.writeValueAsString(all.get("ImagesDeleted").get(0)))
                .isEqualTo("{\"Untagged\":\"team/app:1\"}");
        assertThat(JSON.writeValueAsString(all.get("ImagesDeleted").get(1))).isEqualTo("{\"Deleted\":\"" + named
                + "\"}");
        assertThat(send("POST", "/images/prune").bodyText()).isEqualTo("{\"ImagesDeleted\":[],\"SpaceReclaimed\":0}");
    }

    @Test
    void importsTheBodyAndAnswersWithTheIdAsAStatusLine() throws IOException {
        HttpResponse r = http.send("POST", "/images/create?fromSrc=-&repo=team/imp&tag=3&changes="
                + q("CMD [\"sh\"]") + "&changes=" + q("ENV A=1") + "&message=hi", Map.of(), Rootfs.tar("x"));
        assertThat(r.status()).isEqualTo(200);
        Digest id = store.resolve("team/imp:3").id();
        assertThat(r.bodyText()).isEqualTo("{\"status\":\"" + id + "\"}\n");
        assertThat(store.resolve("team/imp:3").config().config().cmd()).containsExactly("sh");
        assertThat(store.resolve("team/imp:3").config().config().env()).containsExactly("A=1");
        assertThat(send("POST", "/images/create").status()).isEqualTo(400);
        assertThat(send("POST", "/images/create?fromSrc=http://example.invalid/x.tar").bodyText())
                .contains("is not supported");
    }

    @Test
    void savesAndLoadsThroughTheApi() throws IOException {
        Digest a = imported("team/a:1", "a", List.of());
        imported("team/b:1", "b", List.of());
        HttpResponse saved = send("GET", "/images/get?names=team/a:1&names=team/b:1");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.header("Content-Type")).contains("application/x-tar");
        HttpResponse one = send("GET", "/images/team/a:1/get");
        assertThat(send("GET", "/images/get?names=nope").status()).isEqualTo(404);

        send("DELETE", "/images/team/a:1");
        send("DELETE", "/images/team/b:1");
        HttpResponse loaded = http.send("POST", "/images/load?quiet=1", Map.of(), saved.body());
        assertThat(loaded.bodyText()).isEqualTo("{\"stream\":\"Loaded image: team/a:1\\n\"}\n"
                + "{\"stream\":\"Loaded image: team/b:1\\n\"}\n");
        assertThat(store.resolve("team/a:1").id()).isEqualTo(a);
        send("DELETE", "/images/team/a:1");
        assertThat(http.send("POST", "/images/load", Map.of(), one.body()).bodyText())
                .isEqualTo("{\"stream\":\"Loaded image: team/a:1\\n\"}\n");
        HttpResponse bad = http.send("POST", "/images/load", Map.of(), "not a tar".getBytes(StandardCharsets.UTF_8));
        assertThat(bad.status()).isEqualTo(400);
    }

    @Test
    void pushOfAnUnknownTagIsA404BeforeAnyStream() throws IOException {
        HttpResponse r = send("POST", "/images/127.0.0.1:1/team/none/push?tag=1");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.bodyText()).isEqualTo(
                "{\"message\":\"An image does not exist locally with the tag: 127.0.0.1:1/team/none\"}");
    }

    @Test
    void pullFromAnUnreachableRegistryEndsWithAnErrorLine() throws IOException {
        HttpResponse r = send("POST", "/images/create?fromImage=" + q("127.0.0.1:1/team/app") + "&tag=1");
        assertThat(r.status()).isEqualTo(200);
        List<String> lines = r.bodyText().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("{\"status\":\"Pulling from team/app\",\"id\":\"1\"}");
        JsonNode last = JSON.readTree(lines.getLast());
        assertThat(last.get("error").asString()).isNotEmpty().isEqualTo(last.get("errorDetail").get("message")
                .asString());
    }
}
