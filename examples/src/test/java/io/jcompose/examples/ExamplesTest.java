package io.jcompose.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.model.load.LoadedProject;
import io.jcompose.model.load.ProjectLoader;
import io.jcompose.model.options.LoadOptions;
import io.jcompose.model.project.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example stack loads through the real loader, and the quickstart means what its README says. */
class ExamplesTest {

    private static final Path EXAMPLES = Path.of("").toAbsolutePath();

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> dirs = Files.list(EXAMPLES)) {
            return dirs.filter(d -> Files.exists(d.resolve("compose.yaml"))).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void loads(Path example) {
        LoadedProject project = ProjectLoader.load(LoadOptions.builder(example).environment(Map.of()).build());
        assertThat(project.project().services()).isNotEmpty();
        assertThat(project.graph().startLevels()).isNotEmpty();
    }

    @Test
    void quickstartStartsTheWebServerBeforeItsWorkerAndBuildsItsImageFromTheHostsBusybox() throws IOException {
        LoadedProject project = ProjectLoader.load(
                LoadOptions.builder(EXAMPLES.resolve("quickstart")).environment(Map.of("WEB_PORT", "9090")).build());
        assertThat(project.name()).isEqualTo("quickstart");
        assertThat(project.graph().startLevels()).isEqualTo(List.of(List.of("web"), List.of("worker")));
        Service web = project.project().services().get("web");
        assertThat(web.ports()).hasSize(1);
        assertThat(web.ports().getFirst().published()).isEqualTo("9090");
        assertThat(web.ports().getFirst().hostIp()).isEqualTo("127.0.0.1");
        Service worker = project.project().services().get("worker");
        assertThat(worker.dependsOn().get("web").condition()).isEqualTo("service_healthy");
        assertThat(worker.image()).isEqualTo(web.image());
        assertThat(Files.readString(EXAMPLES.resolve("quickstart/busybox/Dockerfile")))
                .contains("COPY --from=host-bin busybox /bin/busybox");
    }
}
