package io.jcompose.runtime.engine;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where one engine keeps its state, serves its API and writes its log; parsed from the engine's command line so
 * that tests and a second installation never touch {@code /var/lib/jcompose} or {@code /run/jcompose}.
 */
public record EngineOptions(Path state, Path socket, Optional<Path> log) {

    public static final Path DEFAULT_STATE = Path.of("/var/lib/jcompose");
    public static final Path DEFAULT_SOCKET = Path.of("/run/jcompose/engine.sock");

    public EngineOptions {
        state = state.toAbsolutePath().normalize();
        socket = socket.toAbsolutePath().normalize();
        log = log.map(p -> p.toAbsolutePath().normalize());
    }

    /** The engine's options from {@code --state DIR --socket PATH --log FILE} (each also as {@code --opt=value}). */
    public static EngineOptions parse(String... args) {
        Path state = DEFAULT_STATE;
        Path socket = DEFAULT_SOCKET;
        Path log = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (!name.equals("--state") && !name.equals("--socket") && !name.equals("--log")) {
                throw new IllegalArgumentException("unknown option \"" + arg + "\" (expected --state DIR, "
                        + "--socket PATH, --log FILE)");
            }
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("option \"" + name + "\" needs a value");
            }
            if (value.isBlank()) {
                throw new IllegalArgumentException("option \"" + name + "\" needs a value");
            }
            switch (name) {
                case "--state" -> state = Path.of(value);
                case "--socket" -> socket = Path.of(value);
                default -> log = Path.of(value);
            }
        }
        return new EngineOptions(state, socket, Optional.ofNullable(log));
    }

    /** The lock that makes one engine per state directory. */
    public Path lockFile() {
        return state.resolve("engine.lock");
    }

    /** The running engine's process ID, for {@code jcompose engine stop}. */
    public Path pidFile() {
        return state.resolve("engine.pid");
    }

    /** The content store and image names. */
    public Path images() {
        return state.resolve("images");
    }
}
