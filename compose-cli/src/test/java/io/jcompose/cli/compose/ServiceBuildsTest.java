package io.jcompose.cli.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.cli.compose.exec.BuildOptions;
import io.jcompose.cli.compose.exec.BuildPolicy;
import io.jcompose.cli.compose.exec.Progress;
import io.jcompose.cli.compose.exec.ServiceBuilds;
import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.engine.api.client.BuildRequest;
import io.jcompose.model.error.ComposeException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceBuildsTest {

    @TempDir
    Path dir;

    private final FakeBuilds builds = new FakeBuilds();
    private final FakeImages images = new FakeImages(new ArrayList<>());
    private final StringWriter text = new StringWriter();
    private final List<String> progress = new ArrayList<>();

    private ServiceBuilds serviceBuilds() {
        Progress p = e -> {
            synchronized (progress) {
                progress.add(e.line());
            }
        };
        return new ServiceBuilds(builds, images, new PrintWriter(text), p);
    }

    @BeforeEach
    void sources() throws IOException {
        Files.createDirectories(dir.resolve("web/bin"));
        Files.writeString(dir.resolve("web/Dockerfile"), "FROM bb\nCOPY --from=tools busybox /bin/\n");
        Files.writeString(dir.resolve("web/app.txt"), "app");
        Files.createDirectories(dir.resolve("tools"));
        Files.writeString(dir.resolve("tools/busybox"), "BB");
        Files.writeString(dir.resolve("tools/other"), "not sent");
    }

    private Desired project() {
        return Projects.load(dir, """
                name: shop
                services:
                  web:
                    build:
                      context: ./web
                      args: {A: "1", B: "2"}
                      target: final
                      labels: {team: x}
                      tags: ["reg/web:latest"]
                      network: host
                      shm_size: 64m
                      extra_hosts: ["db=10.0.0.2"]
                      cache_from: ["web:cache"]
                      additional_contexts:
                        tools: ./tools
                  api:
                    image: shop/api:2
                    build:
                      context: .
                      dockerfile_inline: |
                        FROM bb
                  worker:
                    image: shop/api:2
                    build: .
                  db:
                    image: postgres:17
                """);
    }

    @Test
    void buildsEveryServiceWithBuildNamingItsImageAsDockerComposeDoes() throws Exception {
        Desired d = project();
        List<String> built = serviceBuilds().build(d.project(), List.of(),
                new BuildOptions(true, false, Map.of("B", "cli"), false));
        assertThat(built).as("api and worker share an image: built once").containsExactly("api", "web");
        BuildRequest web = builds.requests.stream().filter(r -> r.tags().contains("shop-web")).findFirst()
                .orElseThrow();
        assertThat(web).isEqualTo(new BuildRequest(List.of("shop-web", "reg/web:latest"), "Dockerfile",
                Map.of("A", "1", "B", "cli"), "final", true, false, Map.of("team", "x"), false, "host", 67108864L,
                List.of("db:10.0.0.2"), "", List.of("tools")));
        String tar = new String(builds.contexts.get("shop-web"), StandardCharsets.ISO_8859_1);
        assertThat(tar).contains("app.txt", ".jcompose-contexts/tools/busybox").doesNotContain("tools/other");
        BuildRequest api = builds.requests.stream().filter(r -> r.tags().contains("shop/api:2")).findFirst()
                .orElseThrow();
        assertThat(api.dockerfile()).startsWith(".dockerfile.");
        assertThat(progress).containsExactlyInAnyOrder(" Service api  Building", " Service web  Building",
                " \u2714 Service api  Built", " \u2714 Service web  Built");
        assertThat(text.toString().lines()).contains("web  | Step 1/2 : FROM bb", "web  |  ---> 0a1b",
                "api  | Successfully built 0a1b");
    }

    @Test
    void upBuildsWhatIsMissingWhatPullPolicyBuildAsksAndEverythingWithBuild() throws Exception {
        Desired d = Projects.load(dir, """
                name: shop
                services:
                  web: {build: ./web}
                  api: {image: shop/api:2, build: ./web}
                  always: {image: shop/always:1, build: ./web, pull_policy: build}
                  db: {image: postgres:17}
                """);
        images.present.addAll(List.of("shop/api:2", "shop/always:1"));
        List<String> all = List.of("web", "api", "always", "db");
        assertThat(serviceBuilds().ensure(d.project(), all, BuildPolicy.MISSING)).containsExactly("web", "always");
        assertThat(serviceBuilds().ensure(d.project(), all, BuildPolicy.ALWAYS))
                .containsExactly("web", "api", "always");
        assertThat(serviceBuilds().ensure(d.project(), all, BuildPolicy.NEVER)).isEmpty();
        assertThat(ServiceBuilds.imageName(d.project(), d.project().service("web"))).isEqualTo("shop-web");
    }

    @Test
    void independentBuildsRunInParallel() throws Exception {
        Desired d = Projects.load(dir, """
                name: p
                services:
                  a: {build: ./web}
                  b: {build: ./web}
                """);
        CountDownLatch both = new CountDownLatch(2);
        builds.hook = r -> {
            both.countDown();
            try {
                if (!both.await(10, TimeUnit.SECONDS)) {
                    throw new IOException("the builds did not overlap");
                }
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
        };
        assertThat(serviceBuilds().build(d.project(), List.of(), BuildOptions.NONE)).containsExactly("a", "b");
    }

    @Test
    void aFailedBuildIsReportedInDockerComposesWords() throws Exception {
        Desired d = project();
        builds.failures.put("shop-web", "The command '/bin/sh -c false' returned a non-zero code: 1");
        assertThatThrownBy(() -> serviceBuilds().build(d.project(), List.of("web"), BuildOptions.NONE))
                .isInstanceOf(ComposeException.class)
                .hasMessage("service \"web\" failed to build: The command '/bin/sh -c false' returned a non-zero "
                        + "code: 1");
        assertThat(progress).contains(" \u2718 Service web  Error");
        assertThatThrownBy(() -> serviceBuilds().build(d.project(), List.of("nope"), BuildOptions.NONE))
                .hasMessage("no such service: nope");
    }

    @Test
    void contextsThatAreNotLocalDirectoriesAreRefusedClearly() {
        for (String value : List.of("service:base", "docker-image://alpine:3")) {
            Desired d = Projects.load(dir, """
                    name: p
                    services:
                      web:
                        build:
                          context: ./web
                          additional_contexts: {base: "%s"}
                    """.formatted(value));
            assertThatThrownBy(() -> serviceBuilds().build(d.project(), List.of(), BuildOptions.NONE))
                    .hasMessage("service \"web\": additional context \"base\" (\"" + value + "\") is not supported "
                            + "yet: only local directories can be additional contexts");
        }
    }
}
