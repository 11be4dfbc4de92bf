package io.jcompose.cli.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.cli.Invocation;
import io.jcompose.cli.Main;
import io.jcompose.engine.api.client.ScriptedEngine;
import io.jcompose.engine.api.client.ScriptedEngine.Request;
import io.jcompose.engine.api.client.ScriptedEngine.Response;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The network commands end to end in process, against a scripted engine on a temporary socket. */
class NetworkCommandsTest {

    /** The start of {@code container create IMAGE}'s body, up to its host config. */
    private static final String ATTACHED = "{\"AttachStdout\":true,\"AttachStderr\":true,\"Image\":\"busybox\","
            + "\"HostConfig\":";
    private static final String ID = "7b369448dccb" + "0".repeat(52);
    private static final String LIST = """
            [{"Name":"net10","Id":"a1b2c3d4e5f6a1b2","Created":"2026-11-25T10:00:00.5Z","Scope":"local",
              "Driver":"bridge","Internal":true,"Labels":{"b":"2","a":"1"}},
             {"Name":"bridge","Id":"%s","Created":"2026-11-25T09:00:00Z","Scope":"local","Driver":"bridge"},
             {"Name":"net2","Id":"ffffffffffff99","Created":"2026-11-25T10:00:00Z","Scope":"local",
              "Driver":"bridge"},
             {"Name":"host","Id":"0123456789ab0123","Created":"2026-11-25T09:00:00Z","Scope":"local",
              "Driver":"host"}]""".formatted(ID);

    @TempDir
    Path dir;

    private ScriptedEngine engine;
    private InputStream stdin;

    private record Run(int code, String out, String err) {
    }

    @BeforeEach
    void start() throws Exception {
        engine = ScriptedEngine.start(dir.resolve("engine.sock"), NetworkCommandsTest::answer);
        stdin = System.in;
    }

    @AfterEach
    void close() throws Exception {
        System.setIn(stdin);
        engine.close();
    }

    private Run jcompose(String... args) {
        List<String> all = new ArrayList<>(List.of("--host", "unix://" + dir.resolve("engine.sock")));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err),
                new Invocation(Map.of(), dir));
        return new Run(code, out.toString().replace(System.lineSeparator(), "\n"),
                err.toString().replace(System.lineSeparator(), "\n"));
    }

    /** The requests after the ping, as {@code METHOD target} with the query decoded. */
    private List<String> calls() {
        return engine.requests.stream().filter(r -> !r.target().equals("/_ping"))
                .map(r -> r.method() + " " + URLDecoder.decode(r.target(), StandardCharsets.UTF_8)).toList();
    }

    /** The body of the last request whose target starts with {@code prefix}. */
    private String body(String prefix) {
        return engine.requests.stream().filter(r -> r.target().startsWith(prefix))
                .map(r -> new String(r.body(), StandardCharsets.UTF_8)).reduce((a, b) -> b).orElseThrow();
    }

    private static Response empty(int status) {
        return new Response(status, "text/plain", new byte[0], false);
    }

    /** A small engine: network "nope" does not exist, "busy" has a container, "bridge" is predefined. */
    private static Response answer(Request r) {
        String t = r.target();
        if (t.equals("/_ping")) {
            return new Response(200, "text/plain", "OK".getBytes(), false);
        }
        if (t.startsWith("/v1.47/networks/create")) {
            return Response.json(201, "{\"Id\":\"" + ID + "\",\"Warning\":\"\"}");
        }
        if (t.startsWith("/v1.47/networks/prune")) {
            return Response.json(200, t.contains("filters") ? "{\"NetworksDeleted\":[]}"
                    : "{\"NetworksDeleted\":[\"old1\",\"old2\"]}");
        }
        if (t.contains("/nope")) {
            return Response.json(404, "{\"message\":\"network nope not found\"}");
        }
        if (t.endsWith("/busy") && r.method().equals("DELETE")) {
            return Response.json(403, "{\"message\":\"error while removing network: network busy id 4f1c has "
                    + "active endpoints\"}");
        }
        if (t.endsWith("/bridge") && r.method().equals("DELETE")) {
            return Response.json(403, "{\"message\":\"bridge is a pre-defined network and cannot be removed\"}");
        }
        if (r.method().equals("DELETE")) {
            return empty(204);
        }
        if (t.startsWith("/v1.47/networks?") || t.equals("/v1.47/networks")) {
            return Response.json(200, LIST);
        }
        if (t.endsWith("/connect") || t.endsWith("/disconnect")) {
            return new String(r.body(), StandardCharsets.UTF_8).contains("\"ghost\"")
                    ? Response.json(404, "{\"message\":\"No such container: ghost\"}") : empty(200);
        }
        if (t.startsWith("/v1.47/networks/")) {
            return Response.json(200, "{\"Name\":\"web\",\"Id\":\"" + ID + "\",\"Scope\":\"local\","
                    + "\"Driver\":\"bridge\",\"IPAM\":{\"Driver\":\"default\",\"Config\":[]},\"Containers\":{},"
                    + "\"Options\":{},\"Labels\":{}}");
        }
        if (t.startsWith("/v1.47/containers/create")) {
            return Response.json(201, "{\"Id\":\"" + ID + "\",\"Warnings\":[]}");
        }
        return Response.json(500, "{\"message\":\"unexpected " + r.method() + " " + t + "\"}");
    }

    @Test
    void lsPrintsDockersTableSortedByNameWithIdsCut() {
        Run run = jcompose("network", "ls");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("""
                NETWORK ID     NAME      DRIVER    SCOPE
                7b369448dccb   bridge    bridge    local
                0123456789ab   host      host      local
                ffffffffffff   net2      bridge    local
                a1b2c3d4e5f6   net10     bridge    local
                """);
        assertThat(calls()).containsExactly("GET /v1.47/networks");
    }

    @Test
    void lsQuietNoTruncFiltersJsonAndTemplates() {
        Run quiet = jcompose("network", "list", "-q", "--no-trunc", "-f", "driver=bridge", "--filter", "name=net",
                "-f", "name=br");
        assertThat(quiet.out()).isEqualTo(ID + "\n0123456789ab0123\nffffffffffff99\na1b2c3d4e5f6a1b2\n");
        assertThat(calls()).containsExactly(
                "GET /v1.47/networks?filters={\"driver\":[\"bridge\"],\"name\":[\"net\",\"br\"]}");
        Run json = jcompose("network", "ls", "--format", "json");
        assertThat(json.out().lines().toList().getLast()).isEqualTo("{\"CreatedAt\":\"2026-11-25 10:00:00.5 +0000 "
                + "UTC\",\"Driver\":\"bridge\",\"ID\":\"a1b2c3d4e5f6\",\"IPv4\":\"true\",\"IPv6\":\"false\","
                + "\"Internal\":\"true\",\"Labels\":\"a=1,b=2\",\"Name\":\"net10\",\"Scope\":\"local\"}");
        Run template = jcompose("network", "ls", "--format", "{{.Name}}:{{.Internal}}");
        assertThat(template.out()).isEqualTo("bridge:false\nhost:false\nnet2:false\nnet10:true\n");
        Run bad = jcompose("network", "ls", "-f", "driver");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).startsWith("--filter: \"driver\" is not KEY=VALUE\n");
    }

    @Test
    void createSendsDockersBodyAndPrintsTheId() {
        Run run = jcompose("network", "create", "web");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(ID + "\n");
        assertThat(calls()).containsExactly("POST /v1.47/networks/create");
        assertThat(body("/v1.47/networks/create")).isEqualTo("{\"Name\":\"web\",\"Driver\":\"bridge\","
                + "\"Internal\":false,\"Attachable\":false,\"Ingress\":false,\"IPAM\":{\"Driver\":\"default\","
                + "\"Config\":[],\"Options\":{}},\"Options\":{},\"Labels\":{}}");
    }

    @Test
    void createGroupsRangesAndGatewaysUnderTheirSubnets() {
        Run run = jcompose("network", "create", "-d", "bridge", "--internal", "--attachable", "--ipv6",
                "--subnet", "10.1.0.0/16", "--subnet", "fd00:1::/64", "--gateway", "fd00:1::1",
                "--gateway", "10.1.0.254", "--ip-range", "10.1.5.7/24", "-o", "com.docker.network.driver.mtu=1400",
                "--opt", "flag", "--label", "b=2", "--label", "a", "web");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(body("/v1.47/networks/create")).isEqualTo("{\"Name\":\"web\",\"Driver\":\"bridge\","
                + "\"Internal\":true,\"Attachable\":true,\"Ingress\":false,\"IPAM\":{\"Driver\":\"default\","
                + "\"Config\":[{\"Subnet\":\"10.1.0.0/16\",\"IPRange\":\"10.1.5.0/24\",\"Gateway\":\"10.1.0.254\"},"
                + "{\"Subnet\":\"fd00:1::/64\",\"Gateway\":\"fd00:1::1\"}],\"Options\":{}},\"EnableIPv6\":true,"
                + "\"Options\":{\"com.docker.network.driver.mtu\":\"1400\",\"flag\":\"\"},"
                + "\"Labels\":{\"a\":\"\",\"b\":\"2\"}}");
        jcompose("network", "create", "--ipv6=false", "v4only");
        assertThat(body("/v1.47/networks/create")).contains("\"EnableIPv6\":false");
    }

    @Test
    void createRefusalsAreDockersAndSendNothing() {
        Run unmatched = jcompose("network", "create", "--subnet", "10.1.0.0/16", "--gateway", "10.2.0.1", "web");
        assertThat(unmatched.code()).isEqualTo(1);
        assertThat(unmatched.err()).isEqualTo("no matching subnet for gateway 10.2.0.1\n");
        Run orphan = jcompose("network", "create", "--gateway", "10.2.0.1", "web");
        assertThat(orphan.code()).isEqualTo(1);
        assertThat(orphan.err()).isEqualTo("every ip-range or gateway must have a corresponding subnet\n");
        Run badSubnet = jcompose("network", "create", "--subnet", "10.1.0.0", "web");
        assertThat(badSubnet.code()).isEqualTo(2);
        assertThat(badSubnet.err()).startsWith("--subnet: \"10.1.0.0\" is not a CIDR address (such as "
                + "172.20.0.0/16)\n");
        Run badGateway = jcompose("network", "create", "--subnet", "10.1.0.0/16", "--gateway", "my-host", "web");
        assertThat(badGateway.code()).isEqualTo(2);
        assertThat(badGateway.err()).startsWith("--gateway: \"my-host\" is not an IP address\n");
        Run noName = jcompose("network", "create");
        assertThat(noName.code()).isEqualTo(2);
        assertThat(calls()).isEmpty();
    }

    @Test
    void rmRemovesEachAndReportsEachRefusal() {
        Run run = jcompose("network", "rm", "a", "busy", "nope", "bridge", "b");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("a\nb\n");
        assertThat(run.err()).isEqualTo("""
                Error response from daemon: error while removing network: network busy id 4f1c has active endpoints
                Error response from daemon: network nope not found
                Error response from daemon: bridge is a pre-defined network and cannot be removed
                """);
        assertThat(calls()).containsExactly("DELETE /v1.47/networks/a", "DELETE /v1.47/networks/busy",
                "DELETE /v1.47/networks/nope", "DELETE /v1.47/networks/bridge", "DELETE /v1.47/networks/b");
        Run forced = jcompose("network", "remove", "-f", "nope", "a");
        assertThat(forced.code()).isZero();
        assertThat(forced.out()).isEqualTo("a\n");
        assertThat(forced.err()).isEmpty();
    }

    @Test
    void inspectPrintsAnArrayAndEachMissingOne() {
        Run run = jcompose("network", "inspect", "web", "nope");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).startsWith("[\n    {\n        \"Name\": \"web\",\n        \"Id\": \"" + ID + "\",\n")
                .contains("        \"Containers\": {},\n").endsWith("    }\n]\n");
        assertThat(run.err()).isEqualTo("Error response from daemon: network nope not found\n");
        Run json = jcompose("network", "inspect", "-f", "json", "web");
        assertThat(json.code()).isZero();
        assertThat(json.out()).startsWith("[{\"Name\":\"web\",").endsWith("}]\n");
        Run none = jcompose("network", "inspect", "nope");
        assertThat(none.out()).isEqualTo("[]\n");
        assertThat(jcompose("network", "inspect", "-f", "{{.Name}}", "web").code()).isEqualTo(2);
    }

    @Test
    void connectAndDisconnectSendDockersBodies() {
        Run connect = jcompose("network", "connect", "--alias", "db", "--alias", "cache,store", "--ip", "10.1.0.9",
                "web", "app");
        assertThat(connect.code()).as(connect.err()).isZero();
        assertThat(connect.out()).isEmpty();
        assertThat(body("/v1.47/networks/web/connect")).isEqualTo("{\"Container\":\"app\",\"EndpointConfig\":"
                + "{\"IPAMConfig\":{\"IPv4Address\":\"10.1.0.9\"},\"Aliases\":[\"db\",\"cache\",\"store\"]}}");
        jcompose("network", "connect", "web", "app");
        assertThat(body("/v1.47/networks/web/connect")).isEqualTo("{\"Container\":\"app\",\"EndpointConfig\":"
                + "{\"IPAMConfig\":{},\"Aliases\":[]}}");
        Run disconnect = jcompose("network", "disconnect", "-f", "web", "app");
        assertThat(disconnect.code()).isZero();
        assertThat(body("/v1.47/networks/web/disconnect")).isEqualTo("{\"Container\":\"app\",\"Force\":true}");
        jcompose("network", "disconnect", "web", "app");
        assertThat(body("/v1.47/networks/web/disconnect")).isEqualTo("{\"Container\":\"app\",\"Force\":false}");
        assertThat(calls()).containsExactly("POST /v1.47/networks/web/connect", "POST /v1.47/networks/web/connect",
                "POST /v1.47/networks/web/disconnect", "POST /v1.47/networks/web/disconnect");
    }

    @Test
    void connectErrors() {
        Run ghost = jcompose("network", "connect", "web", "ghost");
        assertThat(ghost.code()).isEqualTo(1);
        assertThat(ghost.err()).isEqualTo("Error response from daemon: No such container: ghost\n");
        Run missing = jcompose("network", "disconnect", "nope", "app");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("Error response from daemon: network nope not found\n");
        Run badIp = jcompose("network", "connect", "--ip", "fd00::1", "web", "app");
        assertThat(badIp.code()).isEqualTo(2);
        assertThat(badIp.err()).startsWith("--ip: \"fd00::1\" is not an IPv4 address\n");
        assertThat(jcompose("network", "connect", "web").code()).isEqualTo(2);
    }

    @Test
    void pruneAsksFirstAndANoRemovesNothing() {
        System.setIn(new ByteArrayInputStream("n\n".getBytes(StandardCharsets.UTF_8)));
        Run no = jcompose("network", "prune");
        assertThat(no.code()).isZero();
        assertThat(no.out()).isEqualTo(NetworkPruneCommand.WARNING);
        assertThat(no.out()).isEqualTo("WARNING! This will remove all custom networks not used by at least one "
                + "container.\nAre you sure you want to continue? [y/N] ");
        assertThat(calls()).isEmpty();
        System.setIn(new ByteArrayInputStream("y\n".getBytes(StandardCharsets.UTF_8)));
        Run yes = jcompose("network", "prune");
        assertThat(yes.code()).isZero();
        assertThat(yes.out()).isEqualTo(NetworkPruneCommand.WARNING + "Deleted Networks:\nold1\nold2\n\n");
        assertThat(calls()).containsExactly("POST /v1.47/networks/prune");
    }

    @Test
    void pruneForcedWithFiltersAsksNothing() {
        Run run = jcompose("network", "prune", "-f", "--filter", "label=env=test", "--filter", "until=24h");
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(calls()).containsExactly(
                "POST /v1.47/networks/prune?filters={\"label\":[\"env=test\"],\"until\":[\"24h\"]}");
        Run forced = jcompose("network", "prune", "--force");
        assertThat(forced.out()).isEqualTo("Deleted Networks:\nold1\nold2\n\n");
    }

    @Test
    void containerRunSendsNetworkAliasesAndAddressAsDocker() {
        Run run = jcompose("container", "create", "--network", "web", "--network-alias", "db",
                "--net-alias", "cache", "--ip", "10.1.0.9", "busybox");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(body("/v1.47/containers/create")).isEqualTo(ATTACHED
                + "{\"NetworkMode\":\"web\"},\"NetworkingConfig\":{\"EndpointsConfig\":{\"web\":{\"IPAMConfig\":"
                + "{\"IPv4Address\":\"10.1.0.9\"},\"Aliases\":[\"db\",\"cache\"]}}}}");
        jcompose("container", "create", "--network", "web", "busybox");
        assertThat(body("/v1.47/containers/create")).isEqualTo(ATTACHED
                + "{\"NetworkMode\":\"web\"}}");
        jcompose("container", "create", "--ip", "172.17.0.9", "busybox");
        assertThat(body("/v1.47/containers/create")).isEqualTo(ATTACHED
                + "{\"NetworkMode\":\"default\"},\"NetworkingConfig\":{\"EndpointsConfig\":{\"default\":"
                + "{\"IPAMConfig\":{\"IPv4Address\":\"172.17.0.9\"}}}}}");
    }

    @Test
    void containerNetworkFlagRefusals() {
        Run alias = jcompose("container", "run", "-d", "--network-alias", "db", "busybox");
        assertThat(alias.code()).isEqualTo(2);
        assertThat(alias.err()).startsWith("network-scoped aliases are only supported for user-defined networks\n");
        Run bridge = jcompose("container", "run", "-d", "--network", "bridge", "--network-alias", "db", "busybox");
        assertThat(bridge.code()).isEqualTo(2);
        Run ip = jcompose("container", "run", "-d", "--network", "web", "--ip", "10.1.0.300", "busybox");
        assertThat(ip.code()).isEqualTo(2);
        assertThat(ip.err()).startsWith("--ip: \"10.1.0.300\" is not an IPv4 address\n");
        assertThat(calls()).isEmpty();
    }

    @Test
    void helpListsTheCommandsAndAMissingOneIsAUsageError() {
        Run help = jcompose("network", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("ls", "create", "inspect", "rm", "connect", "disconnect", "prune");
        assertThat(jcompose("network", "create", "-h").out()).contains("--subnet", "--ip-range", "--gateway");
        Run missing = jcompose("network");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).startsWith("Missing command (ls, create, inspect, rm, connect, disconnect, prune)");
        assertThat(calls()).isEmpty();
    }
}
