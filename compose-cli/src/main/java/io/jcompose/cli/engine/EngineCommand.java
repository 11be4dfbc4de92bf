package io.jcompose.cli.engine;

import io.jcompose.cli.JcomposeCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jcompose engine ...}: start, stop and look at the local jcompose engine. */
@Command(name = "engine", description = "Manage the jcompose engine (the daemon that runs containers).",
        subcommands = {EngineStartCommand.class, EngineStopCommand.class, EngineStatusCommand.class,
                EngineLogsCommand.class, EngineServeCommand.class})
public final class EngineCommand implements Runnable {

    @ParentCommand
    JcomposeCommand root;

    @Spec
    CommandSpec spec;

    public JcomposeCommand root() {
        return root;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command (start, stop, status, logs, serve)");
    }
}
