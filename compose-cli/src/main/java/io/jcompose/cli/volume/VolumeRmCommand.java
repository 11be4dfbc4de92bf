package io.jcompose.cli.volume;

import io.jcompose.engine.api.client.EngineApiException;
import io.jcompose.engine.api.client.VolumeApi;
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
 * {@code jcompose volume rm [-f] VOLUME...}: prints each name removed; a volume that cannot go is reported on
 * stderr and the others are still removed (exit 1), as docker does.
 */
@Command(name = "rm", aliases = "remove", description = "Remove one or more volumes.")
public final class VolumeRmCommand implements Callable<Integer> {

    @ParentCommand
    VolumeCommand parent;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--force"}, description = "Force the removal of one or more volumes.")
    boolean force;

    @Parameters(arity = "1..*", paramLabel = "VOLUME")
    List<String> volumes;

    @Override
    public Integer call() throws IOException {
        VolumeApi api = parent.api();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int code = 0;
        for (String v : volumes) {
            try {
                api.remove(v, force);
                out.println(v);
            } catch (EngineApiException e) {
                if (force && e.isNotFound()) {
                    out.println(v);
                } else {
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
