package io.jcompose.cli.engine;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code jcompose engine stop}: SIGTERM to the engine named by its pid file, then wait. Containers keep running
 * (they belong to conmon); the next engine adopts them.
 */
@Command(name = "stop", description = "Stop the engine (containers keep running).")
public final class EngineStopCommand implements Callable<Integer> {

    @ParentCommand
    EngineCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    EngineLocationOptions location;

    @Option(names = {"-t", "--timeout"}, paramLabel = "SECONDS", defaultValue = "15",
            description = "Seconds to wait for the engine to stop (default: ${DEFAULT-VALUE}).")
    int timeout;

    @Override
    public Integer call() {
        EngineConnection connection = location.connection(parent.root());
        EngineLayout layout = connection.layout();
        var out = spec.commandLine().getOut();
        Optional<ProcessHandle> engine = EnginePidFile.running(layout);
        if (engine.isEmpty()) {
            if (connection.ping()) {
                throw new EngineException("an engine answers on " + layout.socket() + " but no live engine is named "
                        + "by " + layout.pidFile() + "; not stopping it (is --state right?)");
            }
            out.println("engine not running");
            out.flush();
            return 0;
        }
        long pid = engine.get().pid();
        engine.get().destroy();
        try {
            engine.get().onExit().get(timeout, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new EngineException("the jcompose engine (pid " + pid + ") did not stop within " + timeout + " s");
        } catch (ExecutionException e) {
            throw new EngineException("waiting for the jcompose engine (pid " + pid + ") failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted while waiting for the jcompose engine (pid " + pid + ") to stop");
        }
        out.println("engine stopped (pid " + pid + ")");
        out.flush();
        return 0;
    }
}
