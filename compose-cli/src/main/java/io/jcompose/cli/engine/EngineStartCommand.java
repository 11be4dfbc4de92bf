package io.jcompose.cli.engine;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jcompose engine start}: starts the engine in the background unless one already answers. */
@Command(name = "start", description = "Start the engine in the background (if it is not running).")
public final class EngineStartCommand implements Callable<Integer> {

    @ParentCommand
    EngineCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    EngineLocationOptions location;

    @Override
    public Integer call() throws IOException {
        EngineConnection connection = location.connection(parent.root());
        EngineStarter.Outcome outcome = connection.start();
        var out = spec.commandLine().getOut();
        if (outcome.started()) {
            out.println("engine started (pid " + outcome.pid() + ", socket " + connection.layout().socket() + ")");
        } else {
            out.println("engine already running (pid " + (outcome.pid() < 0 ? "unknown" : outcome.pid()) + ")");
        }
        out.flush();
        return 0;
    }
}
