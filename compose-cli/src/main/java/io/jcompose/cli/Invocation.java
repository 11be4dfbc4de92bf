package io.jcompose.cli;

import java.nio.file.Path;
import java.util.Map;

/** Where and with which environment the CLI runs; tests pass their own instead of the real process's. */
public record Invocation(Map<String, String> environment, Path workingDirectory) {

    public Invocation {
        environment = Map.copyOf(environment);
        workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }
}
