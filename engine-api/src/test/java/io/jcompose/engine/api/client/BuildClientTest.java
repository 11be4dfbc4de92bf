package io.jcompose.engine.api.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.engine.api.client.ScriptedEngine.Request;
import io.jcompose.engine.api.client.ScriptedEngine.Response;
import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildClientTest {

    @TempDir
    Path dir;

    private ScriptedEngine engine;

    private BuildClient client(Function<Request, Response> script) throws Exception {
        engine = ScriptedEngine.start(dir.resolve("engine.sock"), script);
        return new BuildClient(dir.resolve("engine.sock"));
    }

    @AfterEach
    void close() throws Exception {
        if (engine != null) {
            engine.close();
        }
    }

    /** Collects what a build reports. */
    private static final class Collected implements BuildOutput {
        final List<String> texts = new ArrayList<>();
        final List<String> ids = new ArrayList<>();

        @Override
        public void text(String text) {
            texts.add(text);
        }

        @Override
        public void imageId(String id) {
            ids.add(id);
        }
    }

    @Test
    void theQueryCarriesEveryOptionAsDockerSendsIt() {
        BuildRequest r = new BuildRequest(List.of("app:1", "reg/app:latest"), "docker/Dockerfile.dev",
                Map.of("B", "2", "A", "x y"), "final", true, true, Map.of("l", "v"), true, "host", 67108864L,
                List.of("db:10.0.0.2", "cache:10.0.0.3"), "linux/amd64", List.of("bin", "src"));
        String target = URLDecoder.decode(BuildClient.target(r), StandardCharsets.UTF_8);
        assertThat(target).isEqualTo("/v1.47/build?t=app:1&t=reg/app:latest&dockerfile=docker/Dockerfile.dev"
                + "&buildargs={\"A\":\"x y\",\"B\":\"2\"}&target=final&nocache=1&pull=1&labels={\"l\":\"v\"}&q=1"
                + "&rm=1&networkmode=host&shmsize=67108864&extrahosts=db:10.0.0.2&extrahosts=cache:10.0.0.3"
                + "&platform=linux/amd64&namedcontexts=[\"bin\",\"src\"]");
    }

    @Test
    void aMinimalRequestSendsOnlyWhatIsSet() {
        assertThat(BuildClient.target(BuildRequest.of(List.of(), "Dockerfile")))
                .isEqualTo("/v1.47/build?dockerfile=Dockerfile&rm=1");
    }

    @Test
    void streamsTheContextAndReportsTextAndTheImageId() throws Exception {
        BuildClient c = client(r -> Response.lines("{\"stream\":\"Step 1/2 : FROM bb\\n\"}",
                "{\"stream\":\" ---> 1234\\n\"}", "{\"status\":\"Pulling fs layer\",\"id\":\"abc\"}",
                "{\"status\":\"Downloading\",\"id\":\"abc\",\"progressDetail\":{\"current\":1,\"total\":9}}",
                "{\"aux\":{\"ID\":\"sha256:feed\"}}", "{\"stream\":\"Successfully built feed\\n\"}"));
        byte[] context = new byte[300_000];
        new Random(7).nextBytes(context);
        Collected out = new Collected();
        String id = c.build(BuildRequest.of(List.of("x"), "Dockerfile"),
                o -> new ByteArrayInputStream(context).transferTo(o), out);
        assertThat(id).isEqualTo("sha256:feed");
        assertThat(out.ids).containsExactly("sha256:feed");
        assertThat(out.texts).containsExactly("Step 1/2 : FROM bb\n", " ---> 1234\n", "abc: Pulling fs layer\n",
                "Successfully built feed\n");
        Request sent = engine.requests.getFirst();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.headers()).containsEntry("content-type", "application/x-tar")
                .containsEntry("transfer-encoding", "chunked");
        assertThat(sent.body()).isEqualTo(context);
    }

    @Test
    void anErrorLineFailsTheBuildWithTheBuildersMessageAfterTheLinesBeforeIt() throws Exception {
        BuildClient c = client(r -> Response.lines("{\"stream\":\"Step 1/1 : RUN false\\n\"}",
                "{\"errorDetail\":{\"code\":1,\"message\":\"The command '/bin/sh -c false' returned a non-zero "
                        + "code: 1\"},\"error\":\"The command '/bin/sh -c false' returned a non-zero code: 1\"}"));
        Collected out = new Collected();
        assertThatThrownBy(() -> c.build(BuildRequest.of(List.of(), "Dockerfile"), o -> o.write(1), out))
                .isInstanceOfSatisfying(EngineApiException.class, e -> assertThat(e.status()).isZero())
                .hasMessage("The command '/bin/sh -c false' returned a non-zero code: 1");
        assertThat(out.texts).containsExactly("Step 1/1 : RUN false\n");
    }

    @Test
    void anEngineWithoutBuildsAnswers404() throws Exception {
        BuildClient c = client(r -> Response.json(404, "{\"message\":\"page not found\"}"));
        assertThatThrownBy(() -> c.build(BuildRequest.of(List.of(), "Dockerfile"), o -> o.write(1), new Collected()))
                .isInstanceOfSatisfying(EngineApiException.class, e -> assertThat(e.isNotFound()).isTrue())
                .hasMessage("Error response from daemon: page not found");
    }

    @Test
    void aMalformedStreamIsAnIoError() throws Exception {
        BuildClient c = client(r -> Response.lines("{\"stream\":"));
        assertThatThrownBy(() -> c.build(BuildRequest.of(List.of(), "Dockerfile"), o -> { }, new Collected()))
                .hasMessageStartingWith("the engine sent a malformed build stream");
    }
}
