package io.jcompose.runtime.api.volume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.runtime.api.ApiException;
import io.jcompose.runtime.api.ApiRequest;
import io.jcompose.runtime.api.ApiResponse;
import io.jcompose.runtime.api.Route;
import io.jcompose.runtime.sys.FakeNative;
import io.jcompose.runtime.volume.VolumeStore;
import io.jcompose.runtime.volume.VolumeUser;
import io.jcompose.runtime.volume.Volumes;
import io.jcompose.volumes.VolumeMount;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Docker's volume endpoints: JSON shapes, filters, status codes and messages. */
class VolumeRoutesTest {

    private static final JsonMapper JSON = new JsonMapper();
    private static final String C1 = "a".repeat(64);

    @TempDir
    Path dir;
    private final List<VolumeUser> users = new ArrayList<>();
    private Volumes volumes;
    private List<Route> routes;

    @BeforeEach
    void setUp() throws Exception {
        volumes = new Volumes(VolumeStore.open(dir), () -> List.copyOf(users), new FakeNative(), Clock.systemUTC(),
                new Random(7));
        routes = new VolumeRoutes(volumes).routes();
    }

    @Test
    void createInspectAndList() throws Exception {
        ApiResponse created = call("POST", "/volumes/create", Map.of(), "1.47",
                "{\"Name\":\"data\",\"Driver\":\"local\",\"Labels\":{\"app\":\"web\"},"
                        + "\"DriverOpts\":{\"type\":\"tmpfs\",\"device\":\"tmpfs\"}}");
        assertThat(created.status()).isEqualTo(201);
        JsonNode v = JSON.readTree(created.body());
        assertThat(v.get("Name").asString()).isEqualTo("data");
        assertThat(v.get("Driver").asString()).isEqualTo("local");
        assertThat(v.get("Scope").asString()).isEqualTo("local");
        assertThat(v.get("Mountpoint").asString()).isEqualTo(dir.resolve("volumes/data/_data").toString());
        assertThat(v.get("CreatedAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(v.get("Labels").get("app").asString()).isEqualTo("web");
        assertThat(v.get("Options").get("type").asString()).isEqualTo("tmpfs");
        assertThat(v.has("UsageData")).isFalse();
        JsonNode inspected = JSON.readTree(call("GET", "/volumes/data", Map.of(), "1.47", "").body());
        assertThat(inspected).isEqualTo(v);
        JsonNode list = JSON.readTree(call("GET", "/volumes", Map.of(), "1.47", "").body());
        assertThat(list.get("Volumes")).hasSize(1);
        assertThat(list.get("Warnings")).isEmpty();
    }

    @Test
    void listFilters() throws Exception {
        volumes.create("web_data", null, Map.of(), Map.of("app", "web", "tier", "front"));
        volumes.create("db_data", null, Map.of(), Map.of("app", "db"));
        volumes.create("used", null, Map.of(), Map.of());
        users.add(new VolumeUser(C1, false, Set.of("used")));
        assertThat(names("{\"name\":{\"data\":true}}")).containsExactly("db_data", "web_data");
        assertThat(names("{\"label\":{\"app\":true}}")).containsExactly("db_data", "web_data");
        assertThat(names("{\"label\":{\"app=web\":true,\"tier\":true}}")).containsExactly("web_data");
        assertThat(names("{\"label!\":{\"app=web\":true}}")).containsExactly("db_data", "used");
        assertThat(names("{\"dangling\":{\"true\":true}}")).containsExactly("db_data", "web_data");
        assertThat(names("{\"dangling\":[\"false\"]}")).containsExactly("used");
        assertThat(names("{\"driver\":[\"local\"]}")).hasSize(3);
        assertThat(names("{\"driver\":[\"nfs\"]}")).isEmpty();
        assertThatThrownBy(() -> names("{\"dangling\":[\"maybe\"]}")).isInstanceOf(ApiException.class)
                .hasMessage("invalid filter 'dangling=maybe'");
        assertThatThrownBy(() -> names("{\"until\":[\"1h\"]}")).hasMessage("invalid filter 'until'");
    }

    @Test
    void removeAnswersDockersStatusCodes() throws Exception {
        volumes.create("used", null, Map.of(), Map.of());
        users.add(new VolumeUser(C1, true, Set.of("used")));
        assertThat(error("DELETE", "/volumes/used", Map.of())).isEqualTo(
                "409 remove used: volume is in use - [" + C1 + "]");
        assertThat(error("DELETE", "/volumes/nope", Map.of())).isEqualTo("404 get nope: no such volume");
        assertThat(call("DELETE", "/volumes/nope", Map.of("force", "1"), "1.47", "").status()).isEqualTo(204);
        assertThat(error("POST", "/volumes/create", Map.of(), "{\"Name\":\"a b\"}")).startsWith(
                "400 create a b: \"a b\" includes invalid characters");
        assertThat(error("GET", "/volumes/nope", Map.of())).isEqualTo("404 get nope: no such volume");
        users.clear();
        assertThat(call("DELETE", "/volumes/used", Map.of(), "1.47", "").status()).isEqualTo(204);
    }

    @Test
    void pruneTakesAnonymousVolumesUnlessAllOrAnOldClientAsks() throws Exception {
        volumes.create("named", null, Map.of(), Map.of("keep", "no"));
        volumes.create("labelled", null, Map.of(), Map.of("keep", "yes"));
        Path anon = volumes.attach(C1, VolumeMount.anonymous("/x"), Files.createDirectories(dir.resolve("root")));
        Files.writeString(anon.resolve("f"), "12345");
        JsonNode first = JSON.readTree(call("POST", "/volumes/prune", Map.of(), "1.47", "").body());
        assertThat(first.get("VolumesDeleted")).hasSize(1);
        assertThat(first.get("VolumesDeleted").get(0).asString()).matches("[0-9a-f]{64}");
        assertThat(first.get("SpaceReclaimed").asLong()).isEqualTo(5);
        JsonNode filtered = JSON.readTree(call("POST", "/volumes/prune",
                Map.of("filters", "{\"all\":[\"true\"],\"label!\":[\"keep=yes\"]}"), "1.47", "").body());
        assertThat(filtered.get("VolumesDeleted").toString()).isEqualTo("[\"named\"]");
        JsonNode old = JSON.readTree(call("POST", "/volumes/prune", Map.of(), "1.41", "").body());
        assertThat(old.get("VolumesDeleted").toString()).isEqualTo("[\"labelled\"]");
        assertThat(volumes.list()).isEmpty();
    }

    private List<String> names(String filters) throws Exception {
        JsonNode list = JSON.readTree(call("GET", "/volumes", Map.of("filters", filters), "1.47", "").body());
        List<String> out = new ArrayList<>();
        list.get("Volumes").forEach(v -> out.add(v.get("Name").asString()));
        return out;
    }

    private String error(String method, String path, Map<String, String> query) throws Exception {
        return error(method, path, query, "");
    }

    private String error(String method, String path, Map<String, String> query, String body) throws Exception {
        try {
            ApiResponse r = call(method, path, query, "1.47", body);
            return "no error: " + r.status();
        } catch (ApiException e) {
            return e.status() + " " + e.getMessage();
        }
    }

    private ApiResponse call(String method, String path, Map<String, String> query, String version, String body)
            throws Exception {
        for (Route route : routes) {
            var params = route.match(path);
            if (route.method().equals(method) && params.isPresent()) {
                Map<String, List<String>> q = new java.util.HashMap<>();
                query.forEach((k, v) -> q.put(k, List.of(v)));
                return route.handler().handle(new ApiRequest(method, path, params.get(), q, Map.of(), version,
                        new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))));
            }
        }
        throw new AssertionError("no route for " + method + " " + path);
    }
}
