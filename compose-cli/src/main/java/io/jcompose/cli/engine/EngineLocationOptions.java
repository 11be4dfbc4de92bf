package io.jcompose.cli.engine;

import io.jcompose.cli.JcomposeCommand;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --state}, {@code --socket}, {@code --log}: which local engine an {@code engine} subcommand manages. */
public final class EngineLocationOptions {

    @Option(names = "--state", paramLabel = "DIR",
            description = "Engine state directory (default: $JCOMPOSE_STATE, else /var/lib/jcompose).")
    Path state;

    @Option(names = "--socket", paramLabel = "PATH",
            description = "Engine socket (default: --host, $JCOMPOSE_HOST, $JCOMPOSE_SOCKET, else /run/jcompose/engine.sock).")
    Path socket;

    @Option(names = "--log", paramLabel = "FILE",
            description = "Engine log file (default: $JCOMPOSE_LOG, else STATE/engine.log).")
    Path log;

    /** The layout: options, then the global --host / JCOMPOSE_HOST for the socket, then the variables. */
    public EngineLayout layout(JcomposeCommand root) {
        Map<String, String> env = root.invocation().environment();
        Optional<Path> named = root.hostOption()
                .or(() -> Optional.ofNullable(env.get(EngineHost.HOST_VARIABLE)).filter(h -> !h.isBlank()))
                .map(h -> EngineHost.of(h).socket());
        return EngineLayout.resolve(Optional.ofNullable(state), Optional.ofNullable(socket).or(() -> named),
                Optional.ofNullable(log), env);
    }

    /** A connection to the local engine of this layout (never to another host). */
    public EngineConnection connection(JcomposeCommand root) {
        EngineLayout layout = layout(root);
        return new EngineConnection(new EngineHost(layout.socket(), false), layout, new EngineStarter(
                new DetachedEngineSpawner(root.invocation().environment()), UserIdentity.current(),
                java.time.Duration.ofSeconds(10)));
    }
}
