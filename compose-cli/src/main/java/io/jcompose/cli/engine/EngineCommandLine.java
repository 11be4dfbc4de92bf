package io.jcompose.cli.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The command that runs the engine in its own JVM. The CLI has no runtime classes on its class path (they would
 * slow its start), so the launcher passes the engine's class path in {@code JCOMPOSE_ENGINE_CLASSPATH}.
 */
public record EngineCommandLine(Path java, String classpath, Optional<Path> setsid) {

    public static final String CLASSPATH_VARIABLE = "JCOMPOSE_ENGINE_CLASSPATH";
    public static final String MAIN_CLASS = "io.jcompose.runtime.engine.EngineMain";

    /** The Java running this CLI, the engine class path from {@code env}, and setsid if the system has it. */
    public static EngineCommandLine from(Map<String, String> env) {
        String classpath = env.get(CLASSPATH_VARIABLE);
        if (classpath == null || classpath.isBlank()) {
            throw new EngineException("cannot start the jcompose engine: " + CLASSPATH_VARIABLE + " is not set "
                    + "(run jcompose through its ./jcompose launcher, which sets it from .build/engine-classpath)");
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Optional<Path> setsid = Stream.of("/usr/bin/setsid", "/bin/setsid").map(Path::of)
                .filter(Files::isExecutable).findFirst();
        return new EngineCommandLine(java, classpath, setsid);
    }

    /**
     * A small footprint for a long-running daemon: the serial GC, a heap that starts small and gives memory back
     * (idle RSS 78-87 MB instead of 129 MB measured here), small platform-thread stacks (requests run on virtual
     * threads).
     */
    static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms8m", "-XX:MinHeapFreeRatio=5",
            "-XX:MaxHeapFreeRatio=20", "-Xss512k");

    /**
     * The engine for {@code layout}: detached, it runs in its own session (no terminal signals reach it); with
     * the log, it appends to the layout's log file, else it logs to stderr.
     */
    public List<String> command(EngineLayout layout, boolean detached, boolean withLog) {
        List<String> command = new ArrayList<>();
        if (detached) {
            setsid.ifPresent(s -> command.add(s.toString()));
        }
        command.add(java.toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-cp", classpath, MAIN_CLASS));
        command.addAll(layout.engineArguments(withLog));
        return command;
    }
}
