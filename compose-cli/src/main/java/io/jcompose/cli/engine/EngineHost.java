package io.jcompose.cli.engine;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Which engine the CLI talks to: a UNIX socket, and whether the user named it ({@code --host} or
 * {@code JCOMPOSE_HOST}) or it is the local jcompose engine, which the CLI may start on first use.
 */
public record EngineHost(Path socket, boolean explicit) {

    public static final String HOST_VARIABLE = "JCOMPOSE_HOST";
    private static final String UNIX = "unix://";

    /** A host as the user writes it: {@code unix:///run/jcompose/engine.sock}. */
    public static EngineHost of(String host) {
        if (!host.startsWith(UNIX) || host.length() == UNIX.length()) {
            throw new EngineException("engine host \"" + host + "\" is not supported (expected unix:///PATH)");
        }
        return new EngineHost(Path.of(host.substring(UNIX.length())).toAbsolutePath().normalize(), true);
    }

    /** {@code --host} > {@code JCOMPOSE_HOST} > the local engine's socket ({@link EngineLayout}). */
    public static EngineHost resolve(Optional<String> hostOption, Map<String, String> env) {
        Optional<String> named = hostOption.or(() -> Optional.ofNullable(env.get(HOST_VARIABLE)))
                .filter(h -> !h.isBlank());
        return named.map(EngineHost::of)
                .orElseGet(() -> new EngineHost(EngineLayout.resolve(env).socket(), false));
    }

    @Override
    public String toString() {
        return UNIX + socket;
    }
}
