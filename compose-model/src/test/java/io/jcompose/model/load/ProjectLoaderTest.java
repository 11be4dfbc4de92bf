package io.jcompose.model.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.model.options.LoadOptions;
import io.jcompose.model.project.Port;
import io.jcompose.model.project.Project;
import io.jcompose.model.tree.MapNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectLoaderTest {

    @TempDir
    Path dir;

    @Test
    void withoutNormalisingTheRecordsAreStillInLongForm() throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), "name: raw\nservices:\n  a:\n    image: x\n    ports: [80]\n");
        LoadedProject loaded = ProjectLoader.load(LoadOptions.builder(dir).environment(Map.of())
                .normalize(false).build());
        Project p = loaded.project();
        assertThat(p.name()).isEqualTo("raw");
        assertThat(p.service("a").ports()).extracting(Port::target).containsExactly(80);
        MapNode a = (MapNode) ((MapNode) ((MapNode) loaded.model()).getOrNull("services")).getOrNull("a");
        assertThat(a.has("networks")).as("config --no-normalize prints the model as written").isFalse();
    }
}
