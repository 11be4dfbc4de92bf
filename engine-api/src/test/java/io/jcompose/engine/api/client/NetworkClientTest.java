package io.jcompose.engine.api.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.engine.api.client.ScriptedEngine.Request;
import io.jcompose.engine.api.client.ScriptedEngine.Response;
import io.jcompose.engine.api.json.EndpointSettingsJson;
import io.jcompose.engine.api.json.IpamJson;
import io.jcompose.engine.api.json.NetworkCreateJson;
import io.jcompose.engine.api.json.NetworkJson;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The network client over a real socket: the exact requests and bodies it sends, and the engine's refusals. */
class NetworkClientTest {

    private static final String NET = """
            {"Name":"web","Id":"4f1c","Created":"2026-11-25T10:00:00.5Z","Scope":"local","Driver":"bridge",
             "EnableIPv6":false,"IPAM":{"Driver":"default","Config":[{"Subnet":"172.18.0.0/16",
             "Gateway":"172.18.0.1"}],"Options":{}},"Internal":false,"Attachable":false,"Ingress":false,
             "ConfigOnly":false,"Containers":{"c1":{"Name":"app","EndpointID":"e1","MacAddress":"02:42:ac:12:00:02",
             "IPv4Address":"172.18.0.2/16","IPv6Address":""}},"Options":{},"Labels":{"a":"b"},"Future":1}""";

    @TempDir
    Path dir;

    private ScriptedEngine engine;

    private NetworkClient client(Function<Request, Response> script) throws Exception {
        engine = ScriptedEngine.start(dir.resolve("engine.sock"), script);
        return new NetworkClient(dir.resolve("engine.sock"));
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

    private static Response empty(int status) {
        return new Response(status, "text/plain", new byte[0], false);
    }

    @Test
    void listSendsFiltersAsJsonAndReadsNetworks() throws Exception {
        NetworkClient c = client(r -> Response.json(200, "[" + NET + "]"));
        List<NetworkJson> list = c.list(Map.of("name", List.of("web"), "driver", List.of("bridge")));
        assertThat(sent(0)).isEqualTo("GET /v1.47/networks?filters={\"driver\":[\"bridge\"],\"name\":[\"web\"]}");
        assertThat(list).singleElement().satisfies(n -> {
            assertThat(n.name()).isEqualTo("web");
            assertThat(n.ipam().config().getFirst().subnet()).isEqualTo("172.18.0.0/16");
            assertThat(n.containers().get("c1").ipv4Address()).isEqualTo("172.18.0.2/16");
            assertThat(n.labels()).containsEntry("a", "b");
        });
        c.list(Map.of());
        assertThat(sent(1)).isEqualTo("GET /v1.47/networks");
    }

    @Test
    void inspectByNameAndNamesCannotEscapeThePath() throws Exception {
        NetworkClient c = client(r -> r.target().endsWith("/web") ? Response.json(200, NET)
                : Response.json(404, "{\"message\":\"network ../x?y not found\"}"));
        assertThat(c.inspect("web").id()).isEqualTo("4f1c");
        assertThat(sent(0)).isEqualTo("GET /v1.47/networks/web");
        assertThatThrownBy(() -> c.inspect("../x?y"))
                .isInstanceOfSatisfying(EngineApiException.class, e -> assertThat(e.isNotFound()).isTrue())
                .hasMessage("Error response from daemon: network ../x?y not found");
        assertThat(engine.requests.get(1).target()).isEqualTo("/v1.47/networks/..%2Fx%3Fy");
    }

    @Test
    void createSendsTheBodyAndReturnsTheId() throws Exception {
        NetworkClient c = client(r -> Response.json(201, "{\"Id\":\"" + "a".repeat(64) + "\",\"Warning\":\"\"}"));
        NetworkCreateJson body = new NetworkCreateJson("web", null, "bridge", null, true, null, null,
                new IpamJson("default", List.of(new IpamJson.Config("10.9.0.0/24", null, "10.9.0.1", null)), null),
                null, Map.of("com.docker.network.driver.mtu", "1400"), Map.of("a", "b"));
        assertThat(c.create(body)).isEqualTo("a".repeat(64));
        assertThat(sent(0)).isEqualTo("POST /v1.47/networks/create");
        assertThat(engine.requests.getFirst().headers()).containsEntry("content-type", "application/json");
        assertThat(body(0)).isEqualTo("{\"Name\":\"web\",\"Driver\":\"bridge\",\"Internal\":true,"
                + "\"IPAM\":{\"Driver\":\"default\",\"Config\":[{\"Subnet\":\"10.9.0.0/24\","
                + "\"Gateway\":\"10.9.0.1\"}]},"
                + "\"Options\":{\"com.docker.network.driver.mtu\":\"1400\"},\"Labels\":{\"a\":\"b\"}}");
    }

    @Test
    void createRefusedIsTheDaemonsMessage() throws Exception {
        NetworkClient c = client(r -> Response.json(409, "{\"message\":\"network with name web already exists\"}"));
        assertThatThrownBy(() -> c.create(NetworkCreateJson.named("web")))
                .isInstanceOfSatisfying(EngineApiException.class, e -> assertThat(e.status()).isEqualTo(409))
                .hasMessage("Error response from daemon: network with name web already exists");
    }

    @Test
    void removeAndItsRefusalWhileInUse() throws Exception {
        NetworkClient c = client(r -> r.target().endsWith("/busy") ? Response.json(403, "{\"message\":\"error while "
                + "removing network: network busy id 4f1c has active endpoints\"}") : empty(204));
        c.remove("web");
        assertThat(sent(0)).isEqualTo("DELETE /v1.47/networks/web");
        assertThat(body(0)).isEmpty();
        assertThatThrownBy(() -> c.remove("busy"))
                .isInstanceOfSatisfying(EngineApiException.class, e -> assertThat(e.status()).isEqualTo(403))
                .hasMessage("Error response from daemon: error while removing network: network busy id 4f1c has "
                        + "active endpoints");
    }

    @Test
    void pruneSendsFiltersAndReturnsTheNamesDeleted() throws Exception {
        NetworkClient c = client(r -> r.target().contains("filters")
                ? Response.json(200, "{\"NetworksDeleted\":null}")
                : Response.json(200, "{\"NetworksDeleted\":[\"a\",\"b\"]}"));
        assertThat(c.prune(Map.of())).containsExactly("a", "b");
        assertThat(sent(0)).isEqualTo("POST /v1.47/networks/prune");
        assertThat(c.prune(Map.of("label", List.of("x=y")))).isEmpty();
        assertThat(sent(1)).isEqualTo("POST /v1.47/networks/prune?filters={\"label\":[\"x=y\"]}");
    }

    @Test
    void connectAndDisconnectSendDockersBodies() throws Exception {
        NetworkClient c = client(r -> empty(200));
        c.connect("web", "app", new EndpointSettingsJson(new EndpointSettingsJson.IpamConfig("10.9.0.7", null), null,
                List.of("db", "cache"), null, null, null, null, null, null, null, null, null, null, null));
        c.connect("web", "app", null);
        c.disconnect("web", "app", true);
        c.disconnect("web", "app", false);
        assertThat(engine.requests).extracting(r -> r.method() + " " + r.target()).containsExactly(
                "POST /v1.47/networks/web/connect", "POST /v1.47/networks/web/connect",
                "POST /v1.47/networks/web/disconnect", "POST /v1.47/networks/web/disconnect");
        assertThat(body(0)).isEqualTo("{\"Container\":\"app\",\"EndpointConfig\":{\"IPAMConfig\":"
                + "{\"IPv4Address\":\"10.9.0.7\"},\"Aliases\":[\"db\",\"cache\"]}}");
        assertThat(body(1)).isEqualTo("{\"Container\":\"app\"}");
        assertThat(body(2)).isEqualTo("{\"Container\":\"app\",\"Force\":true}");
        assertThat(body(3)).isEqualTo("{\"Container\":\"app\",\"Force\":false}");
    }

    @Test
    void connectRefusals() throws Exception {
        NetworkClient c = client(r -> Response.json(404, "{\"message\":\"No such container: nope\"}"));
        assertThatThrownBy(() -> c.connect("web", "nope", null))
                .isInstanceOfSatisfying(EngineApiException.class, e -> assertThat(e.isNotFound()).isTrue())
                .hasMessage("Error response from daemon: No such container: nope");
        assertThatThrownBy(() -> c.disconnect("web", "nope", false))
                .hasMessage("Error response from daemon: No such container: nope");
    }
}
