package io.jcompose.runtime.api.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jcompose.runtime.api.EngineServer;
import io.jcompose.runtime.api.Route;
import io.jcompose.runtime.api.SystemRoutes;
import io.jcompose.runtime.api.image.ImageRoutes;
import io.jcompose.runtime.api.image.RegistryClients;
import io.jcompose.runtime.build.BaseImages;
import io.jcompose.runtime.build.BuildService;
import io.jcompose.runtime.container.TestImages;
import io.jcompose.runtime.engine.TestEngines;
import io.jcompose.runtime.image.layer.LayerExtractor;
import io.jcompose.runtime.image.layer.Snapshots;
import io.jcompose.runtime.image.layer.Trees;
import io.jcompose.runtime.image.service.ImageUnpacker;
import io.jcompose.runtime.image.store.ImageStore;
import io.jcompose.runtime.image.store.ImageUsers;
import io.jcompose.runtime.registry.RegistryOptions;
import io.jcompose.runtime.sys.Native;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real docker CLI's classic builder ({@code DOCKER_BUILDKIT=0 docker build}) against {@code POST /build},
 * served here beside the system and image routes on a socket of the test's own (the engine wiring is the lead's).
 */
class BuildDockerIT {

    private Path dir;
    private EngineServer server;
    private Path docker;
    private String cgroupParent;

    @BeforeEach
    void setUp() throws Exception {
        TestEngines.assumeContainersWork();
        docker = Path.of("/usr/bin/docker");
        assumeTrue(Files.isExecutable(docker), "the docker CLI is not installed (/usr/bin/docker)");
        dir = Files.createTempDirectory("builddocker");
        ImageStore store = ImageStore.open(dir.resolve("images"));
        Snapshots snapshots = new Snapshots(dir.resolve("images"), new LayerExtractor(Native.linux()));
        TestImages.busybox(store, "bb:1");
        cgroupParent = "jcompose-builddocker-" + ProcessHandle.current().pid();
        BuildService builds = BuildService.open(dir.resolve("build"), store, snapshots, BaseImages.NONE,
                cgroupParent);
        List<Route> routes = new ArrayList<>(new SystemRoutes("0.1.0-test").routes());
        routes.add(new BuildRoute(builds).route());
        routes.addAll(new ImageRoutes(store, RegistryClients.of(RegistryOptions.defaults()), ImageUsers.NONE,
                Clock.systemUTC(), new ImageUnpacker(store.blobs(), snapshots)).routes());
        server = EngineServer.start(dir.resolve("engine.sock"), routes);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (server != null) {
            server.close();
        }
        if (dir != null) {
            assertThat(Files.readAllLines(Path.of("/proc/self/mounts"))).noneMatch(l -> l.contains(dir.toString()));
            Trees.delete(dir);
            io.jcompose.runtime.container.stats.CgroupFs.host(cgroupParent).removeParent(); // every controller
        }
    }

    @Test
    void dockerBuildWorksAgainstTheEngine() throws Exception {
        Path context = Files.createDirectories(dir.resolve("ctx"));
        Files.writeString(context.resolve("Dockerfile"), """
                FROM bb:1
                ARG WHO=nobody
                COPY hello.txt /srv/
                RUN echo "hi $WHO" > /srv/run.txt && cat /srv/hello.txt
                CMD ["cat", "/srv/run.txt"]
                """);
        Files.writeString(context.resolve("hello.txt"), "hello from the context\n");

        String first = ok("build", "--build-arg", "WHO=docker", "-t", "cli:1", context.toString());
        assertThat(first).contains("Step 1/5 : FROM bb:1", "hello from the context", "Successfully built",
                "Successfully tagged cli:1");
        assertThat(ok("image", "inspect", "-f", "{{json .Config.Cmd}}", "cli:1").strip())
                .isEqualTo("[\"cat\",\"/srv/run.txt\"]");
        String again = ok("build", "--build-arg", "WHO=docker", "-t", "cli:1", context.toString());
        assertThat(again).contains("Using cache").doesNotContain("Running in");

        Files.writeString(context.resolve("Dockerfile"), "FROM bb:1\nRUN exit 3\n");
        Result failed = docker("build", "-t", "cli:bad", context.toString());
        assertThat(failed.exit()).isNotZero();
        assertThat(failed.output()).contains("The command '/bin/sh -c exit 3' returned a non-zero code: 3");
        assertThat(docker("image", "inspect", "cli:bad").exit()).isNotZero();
    }

    private record Result(int exit, String output) {
    }

    private String ok(String... args) throws Exception {
        Result r = docker(args);
        assertThat(r.exit()).as(r.output()).isZero();
        return r.output();
    }

    private Result docker(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(docker.toString(), "-H", "unix://" + dir.resolve("engine.sock")));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("DOCKER_BUILDKIT", "0");
        pb.environment().put("DOCKER_CONFIG", Files.createDirectories(dir.resolve("docker-config")).toString());
        pb.environment().remove("DOCKER_HOST");
        pb.environment().remove("DOCKER_CONTEXT");
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out);
    }
}
