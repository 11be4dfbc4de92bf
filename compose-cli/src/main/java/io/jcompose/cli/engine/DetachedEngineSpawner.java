package io.jcompose.cli.engine;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Starts the real engine JVM detached: in its own session via setsid (so the terminal's Ctrl-C does not reach
 * it), stdin from /dev/null, stdout and stderr appended to the log file. The process outlives the CLI.
 */
public final class DetachedEngineSpawner implements EngineSpawner {

    private final Map<String, String> env;

    /** A spawner that finds the engine's class path in {@code env} when it first starts one. */
    public DetachedEngineSpawner(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    @Override
    public Spawned spawn(EngineLayout layout) throws IOException {
        EngineCommandLine commandLine = EngineCommandLine.from(env);
        // Usually the state directory: private, as the engine would make it.
        if (!Files.isDirectory(layout.log().getParent())) {
            Files.createDirectories(layout.log().getParent(),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        ProcessBuilder builder = new ProcessBuilder(commandLine.command(layout, true, true))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(layout.log().toFile()))
                .redirectError(ProcessBuilder.Redirect.appendTo(layout.log().toFile()));
        Process process = builder.start();
        return new Spawned() {
            @Override
            public long pid() {
                return process.pid();
            }

            @Override
            public OptionalInt exitCode() {
                return process.isAlive() ? OptionalInt.empty() : OptionalInt.of(process.exitValue());
            }

            @Override
            public void destroy() {
                process.destroy();
            }
        };
    }
}
