package io.jcompose.cli.volume;

import io.jcompose.cli.JcomposeCommand;
import io.jcompose.engine.api.client.VolumeApi;
import io.jcompose.engine.api.client.VolumeClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code jcompose volume ...}: docker's volume commands, done by the engine through its API only, so they work the
 * same against jcompose's engine and a Docker daemon ({@code --host}).
 */
@Command(name = "volume", description = "Manage volumes (create, ls, inspect, rm, prune).",
        subcommands = {VolumeLsCommand.class, VolumeCreateCommand.class, VolumeInspectCommand.class,
                VolumeRmCommand.class, VolumePruneCommand.class})
public final class VolumeCommand implements Runnable {

    @ParentCommand
    JcomposeCommand root;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Spec
    CommandSpec spec;

    /** The engine's volume API; the local engine is started first if nothing answers (a notice goes to stderr). */
    VolumeApi api() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        return new VolumeClient(root.engine().ensureRunning(err).socket());
    }

    /** Where {@code prune} reads its confirmation: this process's standard input. */
    InputStream stdin() {
        return System.in;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command (ls, create, inspect, rm, prune)");
    }
}
