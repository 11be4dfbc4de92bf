package io.jcompose.cli.image;

import io.jcompose.engine.api.client.ScriptedEngine;
import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.cli.Invocation;
import io.jcompose.cli.Main;
import io.jcompose.engine.api.client.ScriptedEngine.Request;
import io.jcompose.engine.api.client.ScriptedEngine.Response;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The image commands end to end in process, against a scripted engine on a temporary socket. */
class ImageCommandsTest {

    @TempDir
    Path dir;

    private ScriptedEngine engine;

    private record Run(int code, String out, String err) {
    }

    private void engine(Function<Request, Response> script) throws Exception {
        engine = ScriptedEngine.start(dir.resolve("engine.sock"), script);
    }

    @AfterEach
    void close() throws Exception {
        if (engine != null) {
            engine.close();
        }
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

    private static Response answer(Request r) {
        if (r.target().endsWith("/_ping")) {
            return new Response(200, "text/plain", "OK".getBytes(), false);
        }
        if (r.target().startsWith("/v1.47/images/json")) {
            return Response.json(200, "[{\"Id\":\"sha256:0123456789abcdef\",\"RepoTags\":[\"a:1\"],"
                    + "\"RepoDigests\":[],\"Created\":1,\"Size\":1234,\"Labels\":{}}]");
        }
        if (r.method().equals("DELETE")) {
            return r.target().contains("nope") ? Response.json(404, "{\"message\":\"No such image: nope:latest\"}")
                    : Response.json(200, "[{\"Untagged\":\"a:1\"},{\"Deleted\":\"sha256:0123\"}]");
        }
        if (r.target().startsWith("/v1.47/images/create?fromImage=")) {
            return r.target().contains("broken") ? Response.lines("{\"status\":\"Pulling from broken\",\"id\":\"1\"}",
                    "{\"error\":\"manifest unknown\",\"errorDetail\":{\"message\":\"manifest unknown\"}}")
                    : Response.lines("{\"status\":\"Pulling from library/alpine\",\"id\":\"3\"}",
                    "{\"status\":\"Digest: sha256:00\"}",
                    "{\"status\":\"Status: Downloaded newer image for alpine:3\"}");
        }
        if (r.target().startsWith("/v1.47/images/prune")) {
            return Response.json(200, "{\"ImagesDeleted\":[{\"Untagged\":\"a:1\"},{\"Deleted\":\"sha256:0123\"}],"
                    + "\"SpaceReclaimed\":2500000}");
        }
        if (r.target().startsWith("/v1.47/images/get")) {
            return new Response(200, "application/x-tar", "ARCHIVE".getBytes(), true);
        }
        if (r.target().startsWith("/v1.47/images/load")) {
            return Response.lines("{\"stream\":\"Loaded image: a:1\\n\"}");
        }
        if (r.target().matches("/v1.47/images/[^/]+/json")) {
            return r.target().contains("nope") ? Response.json(404, "{\"message\":\"No such image: nope\"}")
                    : Response.json(200, "{\"Id\":\"sha256:0123\",\"RepoTags\":[\"a:1\"],\"Size\":5,"
                    + "\"RootFS\":{\"Type\":\"layers\",\"Layers\":[]}}");
        }
        return Response.json(500, "{\"message\":\"unexpected " + r.method() + " " + r.target() + "\"}");
    }

    @Test
    void lsPrintsDockersTableAndJson() throws Exception {
        engine(ImageCommandsTest::answer);
        Run ls = jcompose("image", "ls");
        assertThat(ls.code()).as(ls.err()).isZero();
        assertThat(ls.out()).startsWith("REPOSITORY   TAG       IMAGE ID       CREATED        SIZE\n"
                + "a            1         0123456789ab   ");
        assertThat(ls.out()).endsWith(" ago   1.23kB\n");
        assertThat(jcompose("image", "ls", "-q").out()).isEqualTo("0123456789ab\n");
        assertThat(jcompose("image", "list", "--format", "json").out()).startsWith("{\"Containers\":\"N/A\"");
        assertThat(jcompose("image", "ls", "--format", "{{.ID}} {{.Repository}}:{{.Tag}}").out())
                .isEqualTo("0123456789ab a:1\n");
        Run bad = jcompose("image", "ls", "--format", "{{.Nope}}");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--format: \"{{.Nope}}\" is not supported");
    }

    @Test
    void pullShowsProgressThenTheReferenceAndAStreamErrorExitsOne() throws Exception {
        engine(ImageCommandsTest::answer);
        Run pull = jcompose("image", "pull", "alpine:3");
        assertThat(pull.code()).as(pull.err()).isZero();
        assertThat(pull.out()).isEqualTo("""
                3: Pulling from library/alpine
                Digest: sha256:00
                Status: Downloaded newer image for alpine:3
                docker.io/library/alpine:3
                """);
        assertThat(engine.requests.getLast().target()).isEqualTo("/v1.47/images/create?fromImage=alpine&tag=3");
        assertThat(jcompose("image", "pull", "-q", "alpine:3").out()).isEqualTo("docker.io/library/alpine:3\n");
        Run broken = jcompose("image", "pull", "broken");
        assertThat(broken.code()).isEqualTo(1);
        assertThat(broken.out()).isEqualTo("1: Pulling from broken\n");
        assertThat(broken.err()).isEqualTo("manifest unknown\n");
    }

    @Test
    void rmReportsEachImageAndGoesOnAfterAnError() throws Exception {
        engine(ImageCommandsTest::answer);
        Run rm = jcompose("image", "rm", "-f", "nope", "a:1");
        assertThat(rm.code()).isEqualTo(1);
        assertThat(rm.out()).isEqualTo("Untagged: a:1\nDeleted: sha256:0123\n");
        assertThat(rm.err()).isEqualTo("Error response from daemon: No such image: nope:latest\n");
        assertThat(engine.requests.getLast().target()).isEqualTo("/v1.47/images/a:1?force=1");
    }

    @Test
    void inspectPrintsAnIndentedArrayAndMissingNames() throws Exception {
        engine(ImageCommandsTest::answer);
        Run inspect = jcompose("image", "inspect", "a:1", "nope");
        assertThat(inspect.code()).isEqualTo(1);
        assertThat(inspect.out()).isEqualTo("""
                [
                    {
                        "Id": "sha256:0123",
                        "RepoTags": [
                            "a:1"
                        ],
                        "Size": 0,
                        "RootFS": {
                            "Type": "layers",
                            "Layers": []
                        }
                    }
                ]
                """.replace("\"Size\": 0", "\"Size\": 5"));
        assertThat(inspect.err()).isEqualTo("Error: No such image: nope\n");
    }

    @Test
    void pruneForcedReportsWhatWentAndTheSpace() throws Exception {
        engine(ImageCommandsTest::answer);
        Run prune = jcompose("image", "prune", "-a", "-f");
        assertThat(prune.code()).as(prune.err()).isZero();
        assertThat(prune.out()).isEqualTo("""
                Deleted Images:
                untagged: a:1
                deleted: sha256:0123

                Total reclaimed space: 2.5MB
                """);
        assertThat(engine.requests.getLast().target()).contains("/images/prune?filters=");
    }

    @Test
    void saveWritesTheArchiveAndLoadSendsItBack() throws Exception {
        engine(ImageCommandsTest::answer);
        Run save = jcompose("image", "save", "-o", "out.tar", "a:1");
        assertThat(save.code()).as(save.err()).isZero();
        assertThat(Files.readString(dir.resolve("out.tar"))).isEqualTo("ARCHIVE");
        assertThat(dir.resolve("out.tar.partial")).doesNotExist();
        Run load = jcompose("image", "load", "-i", "out.tar");
        assertThat(load.code()).as(load.err()).isZero();
        assertThat(load.out()).isEqualTo("Loaded image: a:1\n");
        assertThat(new String(engine.requests.getLast().body())).isEqualTo("ARCHIVE");
    }

    @Test
    void aFailedSaveLeavesNoFile() throws Exception {
        engine(r -> r.target().endsWith("/_ping") ? new Response(200, "text/plain", "OK".getBytes(), false)
                : Response.json(404, "{\"message\":\"reference does not exist\"}"));
        Run save = jcompose("image", "save", "-o", "out.tar", "zzz");
        assertThat(save.code()).isEqualTo(1);
        assertThat(save.err()).isEqualTo("Error response from daemon: reference does not exist\n");
        assertThat(dir.resolve("out.tar")).doesNotExist();
        assertThat(dir.resolve("out.tar.partial")).doesNotExist();
    }

    @Test
    void aNamedHostWithNothingThereIsOneClearMessage() {
        Run ls = jcompose("image", "ls");
        assertThat(ls.code()).isEqualTo(1);
        assertThat(ls.err()).isEqualTo("cannot connect to the engine at unix://" + dir.resolve("engine.sock")
                + ": nothing answers there (is it running?)\n");
    }
}
