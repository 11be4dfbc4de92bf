package io.jcompose.cli.compose;

import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.model.load.ProjectLoader;
import io.jcompose.model.options.LoadOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Loads a Compose text written into a directory, as the commands load files. */
final class Projects {

    private Projects() {
    }

    static Desired load(Path dir, String yaml) {
        try {
            Files.writeString(dir.resolve("compose.yaml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Desired.of(ProjectLoader.load(LoadOptions.builder(dir).files(List.of("compose.yaml"))
                .environment(Map.of()).build()));
    }
}
