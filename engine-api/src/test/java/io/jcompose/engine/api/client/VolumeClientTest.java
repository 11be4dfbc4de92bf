package io.jcompose.engine.api.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.engine.api.client.ScriptedEngine.Request;
import io.jcompose.engine.api.client.ScriptedEngine.Response;
import io.jcompose.engine.api.json.VolumeCreateJson;
import io.jcompose.engine.api.json.VolumeJson;
import io.jcompose.engine.api.json.VolumePruneJson;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The volume client over a real socket: the exact requests and bodies it sends, and the engine's refusals. */
class VolumeClientTest {

    private static final String VOL = """
            {"Name":"app_data","Driver":"local","Mountpoint":"/var/lib/jcompose/volumes/app_data/_data",
             "CreatedAt":"2026-11-25T10:00:00Z","Labels":{"com.docker.compose.project":"app"},"Scope":"local",
             "Options":{},"Future":1}""";

    @TempDir
    Path dir;

    private ScriptedEngine engine;

    private VolumeClient client(Function<Request, Response> script) throws Exception {
        engine = ScriptedEngine.start(dir.resolve("engine.sock"), script);
        return new VolumeClient(dir.resolve("engine.sock"));
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

    private String body(int i) {
        return new String(engine.requests.get(i).body(), StandardCharsets.UTF_8);
    }

    @Test
    void listSendsFiltersAndReadsTheVolumesEnvelope() throws Exception {
        VolumeClient c = client(r -> Response.json(200, "{\"Volumes\":[" + VOL + "],\"Warnings\":[]}"));
        List<VolumeJson> list = c.list(Map.of("name", List.of("app"), "dangling", List.of("true")));
        assertThat(sent(0)).isEqualTo("GET /v1.47/volumes?filters={\"dangling\":[\"true\"],\"name\":[\"app\"]}");
        assertThat(list).singleElement().satisfies(v -> {
            assertThat(v.name()).isEqualTo("app_data");
            assertThat(v.driver()).isEqualTo("local");
            assertThat(v.labels()).containsEntry("com.docker.compose.project", "app");
        });
        c.list(Map.of());
        assertThat(sent(1)).isEqualTo("GET /v1.47/volumes");
    }

    @Test
    void aNullVolumeListIsEmpty() throws Exception {
        VolumeClient c = client(r -> Response.json(200, "{\"Volumes\":null,\"Warnings\":null}"));
        assertThat(c.list(Map.of())).isEmpty();
    }

    @Test
    void inspectByNameAndNamesCannotEscapeThePath() throws Exception {
        VolumeClient c = client(r -> r.target().endsWith("/app_data") ? Response.json(200, VOL)
                : Response.json(404, "{\"message\":\"get ../x?y: no such volume\"}"));
        assertThat(c.inspect("app_data").mountpoint()).endsWith("/app_data/_data");
        assertThat(sent(0)).isEqualTo("GET /v1.47/volumes/app_data");
        assertThatThrownBy(() -> c.inspect("../x?y"))
                .isInstanceOfSatisfying(EngineApiException.class, e -> assertThat(e.isNotFound()).isTrue())
                .hasMessage("Error response from daemon: get ../x?y: no such volume");
        assertThat(engine.requests.get(1).target()).isEqualTo("/v1.47/volumes/..%2Fx%3Fy");
    }

    @Test
    void createSendsTheBodyAndReadsTheVolume() throws Exception {
        VolumeClient c = client(r -> Response.json(201, VOL));
        VolumeJson v = c.create(new VolumeCreateJson("app_data", "local", Map.of("type", "tmpfs"),
                Map.of("a", "b")));
        assertThat(v.name()).isEqualTo("app_data");
        assertThat(sent(0)).isEqualTo("POST /v1.47/volumes/create");
        assertThat(engine.requests.getFirst().headers()).containsEntry("content-type", "application/json");
        assertThat(body(0)).isEqualTo("{\"Name\":\"app_data\",\"Driver\":\"local\","
                + "\"DriverOpts\":{\"type\":\"tmpfs\"},\"Labels\":{\"a\":\"b\"}}");
    }

    @Test
    void removeWithAndWithoutForceAndTheInUseRefusal() throws Exception {
        VolumeClient c = client(r -> r.target().contains("/busy") ? Response.json(409,
                "{\"message\":\"remove busy: volume is in use - [4f1c]\"}")
                : new Response(204, "text/plain", new byte[0], false));
        c.remove("app_data", false);
        c.remove("app_data", true);
        assertThat(sent(0)).isEqualTo("DELETE /v1.47/volumes/app_data");
        assertThat(sent(1)).isEqualTo("DELETE /v1.47/volumes/app_data?force=1");
        assertThatThrownBy(() -> c.remove("busy", false))
                .isInstanceOfSatisfying(EngineApiException.class, e -> assertThat(e.status()).isEqualTo(409))
                .hasMessage("Error response from daemon: remove busy: volume is in use - [4f1c]");
    }

    @Test
    void pruneSendsFiltersAndReadsTheReport() throws Exception {
        VolumeClient c = client(r -> r.target().contains("filters")
                ? Response.json(200, "{\"VolumesDeleted\":[\"a\",\"b\"],\"SpaceReclaimed\":4096}")
                : Response.json(200, "{\"VolumesDeleted\":null,\"SpaceReclaimed\":0}"));
        VolumePruneJson report = c.prune(Map.of("all", List.of("true")));
        assertThat(sent(0)).isEqualTo("POST /v1.47/volumes/prune?filters={\"all\":[\"true\"]}");
        assertThat(report.volumesDeleted()).containsExactly("a", "b");
        assertThat(report.spaceReclaimed()).isEqualTo(4096);
        assertThat(c.prune(Map.of()).volumesDeleted()).isEmpty();
    }
}
