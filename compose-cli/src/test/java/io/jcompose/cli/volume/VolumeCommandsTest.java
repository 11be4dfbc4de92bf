package io.jcompose.cli.volume;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.cli.Invocation;
import io.jcompose.cli.Main;
import io.jcompose.engine.api.client.ScriptedEngine;
import io.jcompose.engine.api.client.ScriptedEngine.Request;
import io.jcompose.engine.api.client.ScriptedEngine.Response;
import io.jcompose.engine.api.json.VolumePruneJson;
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

/** The volume commands end to end in process, against a scripted engine on a temporary socket. */
class VolumeCommandsTest {

    private static final String VOL = "{\"Name\":\"%s\",\"Driver\":\"local\",\"Mountpoint\":\"/v/%s/_data\","
            + "\"CreatedAt\":\"2026-11-25T10:00:00Z\",\"Labels\":{\"b\":\"2\",\"a\":\"1\"},\"Scope\":\"local\","
            + "\"Options\":{}}";

    @TempDir
    Path dir;

    private ScriptedEngine engine;
    private InputStream stdin;

    private record Run(int code, String out, String err) {
    }

    @BeforeEach
    void start() throws Exception {
        engine = ScriptedEngine.start(dir.resolve("engine.sock"), VolumeCommandsTest::answer);
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

    private List<String> calls() {
        return engine.requests.stream().filter(r -> !r.target().equals("/_ping"))
                .map(r -> r.method() + " " + URLDecoder.decode(r.target(), StandardCharsets.UTF_8)).toList();
    }

    private static String vol(String name) {
        return VOL.formatted(name, name);
    }

    /** A small engine: volume "nope" does not exist, "busy" is used by a container. */
    private static Response answer(Request r) {
        String t = r.target();
        if (t.equals("/_ping")) {
            return new Response(200, "text/plain", "OK".getBytes(), false);
        }
        if (t.startsWith("/v1.47/volumes/create")) {
            String body = new String(r.body(), StandardCharsets.UTF_8);
            return Response.json(201, vol(body.contains("\"Name\"") ? "made" : "8d3f0a"));
        }
        if (t.startsWith("/v1.47/volumes/prune")) {
            return Response.json(200, t.contains("all") ? "{\"VolumesDeleted\":[\"a\",\"b\"],\"SpaceReclaimed\":"
                    + "4096}" : "{\"VolumesDeleted\":null,\"SpaceReclaimed\":0}");
        }
        if (t.contains("/nope")) {
            return Response.json(404, "{\"message\":\"get nope: no such volume\"}");
        }
        if (t.contains("/busy") && r.method().equals("DELETE")) {
            return Response.json(409, "{\"message\":\"remove busy: volume is in use - [4f1c]\"}");
        }
        if (r.method().equals("DELETE")) {
            return new Response(204, "text/plain", new byte[0], false);
        }
        if (t.startsWith("/v1.47/volumes?") || t.equals("/v1.47/volumes")) {
            return Response.json(200, "{\"Volumes\":[" + vol("web10") + "," + vol("web2") + "],\"Warnings\":[]}");
        }
        if (t.startsWith("/v1.47/volumes/")) {
            return Response.json(200, vol(t.substring(t.lastIndexOf('/') + 1)));
        }
        return Response.json(500, "{\"message\":\"unexpected " + r.method() + " " + t + "\"}");
    }

    @Test
    void lsPrintsDockersTableSortedByNameQuietAndTemplates() {
        Run run = jcompose("volume", "ls");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("""
                DRIVER    VOLUME NAME
                local     web2
                local     web10
                """);
        assertThat(jcompose("volume", "ls", "-q", "--filter", "dangling=true").out()).isEqualTo("web2\nweb10\n");
        assertThat(calls().getLast()).isEqualTo("GET /v1.47/volumes?filters={\"dangling\":[\"true\"]}");
        assertThat(jcompose("volume", "ls", "--format", "{{.Name}} {{.Labels}} {{.Mountpoint}}").out())
                .isEqualTo("web2 a=1,b=2 /v/web2/_data\nweb10 a=1,b=2 /v/web10/_data\n");
    }

    @Test
    void createSendsDriverOptionsAndLabelsAndPrintsTheName() {
        Run run = jcompose("volume", "create", "-d", "local", "-o", "type=tmpfs", "--opt", "device=tmpfs",
                "--label", "a=b", "made");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("made\n");
        assertThat(new String(engine.requests.getLast().body(), StandardCharsets.UTF_8)).isEqualTo(
                "{\"Name\":\"made\",\"Driver\":\"local\",\"DriverOpts\":{\"device\":\"tmpfs\",\"type\":\"tmpfs\"},"
                        + "\"Labels\":{\"a\":\"b\"}}");
        assertThat(jcompose("volume", "create").out()).isEqualTo("8d3f0a\n");
    }

    @Test
    void rmReportsEachFailureAndGoesOn() {
        Run run = jcompose("volume", "rm", "a", "busy", "nope", "b");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("a\nb\n");
        assertThat(run.err()).isEqualTo("Error response from daemon: remove busy: volume is in use - [4f1c]\n"
                + "Error response from daemon: get nope: no such volume\n");
        Run forced = jcompose("volume", "rm", "-f", "x");
        assertThat(forced.code()).isZero();
        assertThat(calls().getLast()).isEqualTo("DELETE /v1.47/volumes/x?force=1");
    }

    @Test
    void inspectPrintsAnArrayThenTheErrors() {
        Run run = jcompose("volume", "inspect", "--format", "json", "web2", "nope");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).startsWith("[{\"Name\":\"web2\",\"Driver\":\"local\"");
        assertThat(run.err()).isEqualTo("Error response from daemon: get nope: no such volume\n");
    }

    @Test
    void pruneAsksFirstAndReportsTheSpaceReclaimed() {
        System.setIn(new ByteArrayInputStream("n\n".getBytes()));
        Run no = jcompose("volume", "prune");
        assertThat(no.out()).isEqualTo(VolumePruneCommand.WARNING);
        assertThat(calls()).isEmpty();
        System.setIn(new ByteArrayInputStream("y\n".getBytes()));
        Run yes = jcompose("volume", "prune", "-a");
        assertThat(yes.out()).isEqualTo(VolumePruneCommand.WARNING_ALL
                + "Deleted Volumes:\na\nb\n\nTotal reclaimed space: 4.096kB\n");
        assertThat(calls().getLast()).isEqualTo("POST /v1.47/volumes/prune?filters={\"all\":[\"true\"]}");
        assertThat(jcompose("volume", "prune", "-f").out()).isEqualTo("Total reclaimed space: 0B\n");
    }

    @Test
    void sizesAreDockersHumanSize() {
        assertThat(VolumePruneCommand.size(0)).isEqualTo("0B");
        assertThat(VolumePruneCommand.size(1_234_567)).isEqualTo("1.235MB");
        assertThat(VolumePruneCommand.report(new VolumePruneJson(List.of(), 999))).isEqualTo(
                "Total reclaimed space: 999B\n");
    }
}
