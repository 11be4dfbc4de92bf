package io.jcompose.cli.network;

import io.jcompose.cli.JcomposeCommand;
import io.jcompose.engine.api.client.NetworkApi;
import io.jcompose.engine.api.client.NetworkClient;
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
 * {@code jcompose network ...}: docker's network commands, done by the engine through its API only, so they work
 * the same against jcompose's engine and a Docker daemon ({@code --host}).
 */
@Command(name = "network", description = "Manage networks (create, ls, inspect, connect, disconnect, rm, prune).",
        subcommands = {NetworkLsCommand.class, NetworkCreateCommand.class, NetworkInspectCommand.class,
                NetworkRmCommand.class, NetworkConnectCommand.class, NetworkDisconnectCommand.class,
                NetworkPruneCommand.class})
public final class NetworkCommand implements Runnable {

    @ParentCommand
    JcomposeCommand root;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Spec
    CommandSpec spec;

    /** The engine's network API; the local engine is started first if nothing answers (a notice goes to stderr). */
    NetworkApi api() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        return new NetworkClient(root.engine().ensureRunning(err).socket());
    }

    /** Where {@code prune} reads its confirmation: this process's standard input. */
    InputStream stdin() {
        return System.in;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "Missing command (ls, create, inspect, rm, connect, disconnect, prune)");
    }
}
