package io.jcompose.cli.network;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code jcompose network disconnect [-f] NETWORK CONTAINER}: silent on success, as docker. */
@Command(name = "disconnect", description = "Disconnect a container from a network.")
public final class NetworkDisconnectCommand implements Callable<Integer> {

    @ParentCommand
    NetworkCommand parent;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = {"-f", "--force"}, description = "Force the container to disconnect from a network.")
    boolean force;

    @Parameters(index = "0", paramLabel = "NETWORK")
    String network;

    @Parameters(index = "1", paramLabel = "CONTAINER")
    String container;

    @Override
    public Integer call() throws IOException {
        parent.api().disconnect(network, container, force);
        return 0;
    }
}
