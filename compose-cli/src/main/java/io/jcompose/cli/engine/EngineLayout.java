package io.jcompose.cli.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the local jcompose engine keeps its state, serves its socket and writes its log: options first, then
 * {@code JCOMPOSE_STATE}, {@code JCOMPOSE_SOCKET}, {@code JCOMPOSE_LOG}, then the system locations. Tests point
 * all three at a temporary directory.
 */
public record EngineLayout(Path state, Path socket, Path log) {

    public static final Path DEFAULT_STATE = Path.of("/var/lib/jcompose");
    public static final Path DEFAULT_SOCKET = Path.of("/run/jcompose/engine.sock");

    public EngineLayout {
        state = state.toAbsolutePath().normalize();
        socket = socket.toAbsolutePath().normalize();
        log = log.toAbsolutePath().normalize();
    }

    /** The layout from the environment alone. */
    public static EngineLayout resolve(Map<String, String> env) {
        return resolve(Optional.empty(), Optional.empty(), Optional.empty(), env);
    }

    /** Each location from its option, else its variable, else the default (the log lives in the state directory). */
    public static EngineLayout resolve(Optional<Path> state, Optional<Path> socket, Optional<Path> log,
            Map<String, String> env) {
        Path s = state.or(() -> variable(env, "JCOMPOSE_STATE")).orElse(DEFAULT_STATE);
        Path k = socket.or(() -> variable(env, "JCOMPOSE_SOCKET")).orElse(DEFAULT_SOCKET);
        Path l = log.or(() -> variable(env, "JCOMPOSE_LOG")).orElse(s.resolve("engine.log"));
        return new EngineLayout(s, k, l);
    }

    private static Optional<Path> variable(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank()).map(Path::of);
    }

    /** The pid file the engine writes (its name is part of the engine's contract, see EngineMain). */
    public Path pidFile() {
        return state.resolve("engine.pid");
    }

    /** The engine's own command-line options for this layout; {@code --log} only when asked for. */
    public List<String> engineArguments(boolean withLog) {
        return withLog
                ? List.of("--state", state.toString(), "--socket", socket.toString(), "--log", log.toString())
                : List.of("--state", state.toString(), "--socket", socket.toString());
    }
}
