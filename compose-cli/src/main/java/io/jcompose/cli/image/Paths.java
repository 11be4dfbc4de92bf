package io.jcompose.cli.image;

import io.jcompose.cli.JcomposeCommand;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** File arguments are relative to the invocation's directory, which tests set, not to the JVM's. */
final class Paths {

    private Paths() {
    }

    static Path resolve(CommandSpec spec, Path file) {
        return spec.root().userObject() instanceof JcomposeCommand root
                ? root.invocation().workingDirectory().resolve(file) : file.toAbsolutePath();
    }
}
