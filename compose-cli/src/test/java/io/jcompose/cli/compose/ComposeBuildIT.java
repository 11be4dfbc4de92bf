package io.jcompose.cli.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jcompose.cli.compose.conformance.Conformance;
import io.jcompose.cli.compose.conformance.Conformance.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/**
 * {@code ./jcompose build} and {@code up -d} of a service built from a two-stage Dockerfile (COPY, RUN, COPY
 * --from) on an imported busybox, against the real engine on a temporary state and socket, as root. Skipped while
 * the engine has no {@code POST /build} (it answers 404). The harness takes down what is left and checks for leaks.
 */
class ComposeBuildIT {

    @TempDir
    Path dir;

    private Conformance c;

    @BeforeEach
    void engineWithBusybox() throws Exception {
        c = Conformance.start(dir);
    }

    @AfterEach
    void takeDownAndCheckForLeaks() throws Exception {
        if (c != null) {
            c.close();
        }
    }

    /** {@link Conformance#ok}, skipped while the engine cannot build. */
    private Run ok(String... args) throws Exception {
        Run r = c.run(args);
        assumeTrue(!r.err().contains("cannot build images yet"), "the engine has no POST /build yet (404): this "
                + "test turns on when the engine side of issue 9 is merged");
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r.out() + r.err()).isZero();
        return r;
    }

    @Test
    void buildsATwoStageImageAndRunsIt() throws Exception {
        Path file = c.project("bproject", """
                name: e2ebuild
                services:
                  app:
                    image: e2ebuild/app:1
                    build: .
                """);
        Path project = file.getParent();
        Files.writeString(project.resolve("greeting.txt"), "hello-from-build\n");
        Files.writeString(project.resolve("ignored.txt"), "must not be sent\n");
        Files.writeString(project.resolve(".dockerignore"), "ignored.txt\n");
        Files.writeString(project.resolve("Dockerfile"), """
                FROM e2e/bb:1 AS build
                COPY greeting.txt /src/
                RUN cat /src/greeting.txt > /src/out.txt && echo built-by-run >> /src/out.txt \\
                    && if test -e /src/ignored.txt; then echo leaked >> /src/out.txt; fi
                FROM e2e/bb:1
                COPY --from=build /src/out.txt /www/index.txt
                CMD ["sleep", "600"]
                """);

        Run build = ok("-f", file.toString(), "build");
        assertThat(build.err()).contains("app  | ", " \u2714 Service app  Built");
        assertThat(ok("image", "ls", "--format", "{{.Repository}}:{{.Tag}}").out()).contains("e2ebuild/app:1");

        ok("-f", file.toString(), "up", "-d");
        String content = "";
        for (int attempt = 0; attempt < 20 && content.isBlank(); attempt++) {
            content = c.run("container", "exec", "e2ebuild-app-1", "cat", "/www/index.txt").out();
            if (content.isBlank()) {
                Thread.sleep(300);
            }
        }
        assertThat(content).isEqualTo("hello-from-build\nbuilt-by-run\n");
        ok("-f", file.toString(), "down", "-t", "1");
        assertThat(ok("container", "ls", "-aq").out()).isEmpty();
        ok("engine", "stop");
    }
}
