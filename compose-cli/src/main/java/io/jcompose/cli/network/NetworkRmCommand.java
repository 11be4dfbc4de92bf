package io.jcompose.cli.network;

import io.jcompose.engine.api.client.EngineApiException;
import io.jcompose.engine.api.client.NetworkApi;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code jcompose network rm NETWORK...}: prints each name removed; a network that cannot go is reported on stderr
 * and the others are still removed (exit 1), as docker does.
 */
@Command(name = "rm", aliases = "remove", description = "Remove one or more networks.")
public final class NetworkRmCommand implements Callable<Integer> {

    @ParentCommand
    NetworkCommand parent;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--force"}, description = "Do not error if the network does not exist.")
    boolean force;

    @Parameters(arity = "1..*", paramLabel = "NETWORK")
    List<String> networks;

    @Override
    public Integer call() throws IOException {
        NetworkApi api = parent.api();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int code = 0;
        for (String n : networks) {
            try {
                api.remove(n);
                out.println(n);
            } catch (EngineApiException e) {
                if (!(force && e.isNotFound())) {
                    err.println(e.getMessage());
                    code = 1;
                }
            }
            out.flush();
            err.flush();
        }
        return code;
    }
}
