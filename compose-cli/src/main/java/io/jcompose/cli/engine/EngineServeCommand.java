package io.jcompose.cli.engine;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code jcompose engine serve}: runs the engine in the foreground (for systemd or a terminal), logging to
 * stderr. The CLI has no engine classes, so it runs the engine JVM as its child and passes SIGTERM on to it.
 */
@Command(name = "serve", description = "Run the engine in the foreground (logs to stderr).")
public final class EngineServeCommand implements Callable<Integer> {

    @ParentCommand
    EngineCommand parent;

    @Mixin
    EngineLocationOptions location;

    @Override
    public Integer call() throws IOException, InterruptedException {
        EngineLayout layout = location.layout(parent.root());
        if (!UserIdentity.current().isRoot()) {
            throw EngineStarter.needsRoot("it runs containers with runc, mounts file systems and sets up networks");
        }
        EngineCommandLine commandLine = EngineCommandLine.from(parent.root().invocation().environment());
        Process child = new ProcessBuilder(commandLine.command(layout, false, location.log != null))
                .inheritIO().start();
        Thread forward = new Thread(() -> stop(child), "engine-serve-forward");
        Runtime.getRuntime().addShutdownHook(forward);
        int code = child.waitFor();
        try {
            Runtime.getRuntime().removeShutdownHook(forward);
        } catch (IllegalStateException e) {
            // the CLI is shutting down already; the hook stops the engine
        }
        return code;
    }

    /** SIGTERM (or Ctrl-C) to the CLI reaches the engine as SIGTERM; wait for its clean stop. */
    private static void stop(Process engine) {
        if (engine.isAlive()) {
            engine.destroy();
            try {
                engine.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
