package io.jcompose.cli.image;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.cli.Invocation;
import io.jcompose.cli.Main;
import io.jcompose.engine.api.client.ScriptedEngine;
import io.jcompose.engine.api.client.ScriptedEngine.Request;
import io.jcompose.engine.api.client.ScriptedEngine.Response;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code image build} in process against a scripted engine: the request, the printed stream, failures. */
class ImageBuildCommandTest {

    @TempDir
    Path dir;

    private ScriptedEngine engine;

    private record Run(int code, String out, String err) {
    }

    @BeforeEach
    void context() throws Exception {
        Files.createDirectories(dir.resolve("app"));
        Files.writeString(dir.resolve("app/Dockerfile"), "FROM bb\nCOPY hello.txt /\n");
        Files.writeString(dir.resolve("app/hello.txt"), "hello");
        Files.writeString(dir.resolve("app/.dockerignore"), "*.log\n");
        Files.writeString(dir.resolve("app/x.log"), "no");
    }

    private void engine(Function<Request, Response> build) throws Exception {
        engine = ScriptedEngine.start(dir.resolve("engine.sock"), r -> r.target().endsWith("/_ping")
                ? new Response(200, "text/plain", "OK".getBytes(), false) : build.apply(r));
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
                new Invocation(Map.of("FROM_ENV", "e"), dir));
        return new Run(code, out.toString(), err.toString());
    }

    private Request buildRequest() {
        return engine.requests.stream().filter(r -> r.target().contains("/build")).findFirst().orElseThrow();
    }

    @Test
    void printsTheClassicBuildersStreamAndSendsTheFlagsAndTheFilteredContext() throws Exception {
        engine(r -> Response.lines("{\"stream\":\"Step 1/2 : FROM bb\\n\"}", "{\"stream\":\" ---> 0a1b\\n\"}",
                "{\"aux\":{\"ID\":\"sha256:0a1b\"}}", "{\"stream\":\"Successfully built 0a1b\\n\"}",
                "{\"stream\":\"Successfully tagged app:1\\n\"}"));
        Run run = jcompose("image", "build", "-t", "app:1", "--build-arg", "A=1", "--build-arg", "FROM_ENV",
                "--build-arg", "UNSET", "--label", "team=x", "--no-cache", "--target", "final", "--add-host",
                "db=10.0.0.2", "--shm-size", "64m", "app");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("Step 1/2 : FROM bb\n ---> 0a1b\nSuccessfully built 0a1b\n"
                + "Successfully tagged app:1\n");
        Request sent = buildRequest();
        assertThat(URLDecoder.decode(sent.target(), StandardCharsets.UTF_8)).isEqualTo("/v1.47/build?t=app:1"
                + "&dockerfile=Dockerfile&buildargs={\"A\":\"1\",\"FROM_ENV\":\"e\"}&target=final&nocache=1"
                + "&labels={\"team\":\"x\"}&rm=1&shmsize=67108864&extrahosts=db:10.0.0.2");
        String tar = new String(sent.body(), StandardCharsets.ISO_8859_1);
        assertThat(tar).contains("hello.txt", "Dockerfile", ".dockerignore").doesNotContain("x.log");
    }

    @Test
    void quietPrintsOnlyTheImageId() throws Exception {
        engine(r -> Response.lines("{\"aux\":{\"ID\":\"sha256:0a1b\"}}"));
        Run run = jcompose("image", "build", "-q", "-f", "app/Dockerfile", "app");
        assertThat(run.out()).isEqualTo("sha256:0a1b\n");
        assertThat(buildRequest().target()).contains("q=1");
    }

    @Test
    void aFailedBuildPrintsTheBuildersMessageAndExits1() throws Exception {
        engine(r -> Response.lines("{\"stream\":\"Step 2/2 : COPY nope /\\n\"}",
                "{\"errorDetail\":{\"message\":\"COPY failed: file not found in build context\"},"
                        + "\"error\":\"COPY failed: file not found in build context\"}"));
        Run run = jcompose("image", "build", "app");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("Step 2/2 : COPY nope /\n");
        assertThat(run.err()).isEqualTo("COPY failed: file not found in build context\n");
    }

    @Test
    void anEngineWithoutBuildsAndBadArgumentsAreOneLine() throws Exception {
        engine(r -> Response.json(404, "{\"message\":\"page not found\"}"));
        Run run = jcompose("image", "build", "app");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("this engine cannot build images yet (Error response from daemon: page not "
                + "found)\n");
        Run url = jcompose("image", "build", "https://github.com/x/y.git");
        assertThat(url.code()).isEqualTo(2);
        assertThat(url.err()).startsWith("only a local directory can be the build context, not "
                + "\"https://github.com/x/y.git\"\n");
        Run missing = jcompose("image", "build", "nothere");
        assertThat(missing.err()).isEqualTo("unable to prepare context: path \"" + dir.resolve("nothere")
                + "\" not found\n");
    }
}
