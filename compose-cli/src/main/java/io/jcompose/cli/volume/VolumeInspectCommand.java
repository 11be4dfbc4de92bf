package io.jcompose.cli.volume;

import io.jcompose.cli.image.InspectPrinter;
import io.jcompose.engine.api.client.VolumeApi;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code jcompose volume inspect VOLUME...}: a JSON array of those found, then each engine refusal on stderr
 * (exit 1), as docker prints them.
 */
@Command(name = "inspect", description = "Display detailed information on one or more volumes.")
public final class VolumeInspectCommand implements Callable<Integer> {


    @ParentCommand
    VolumeCommand parent;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "json: one line (default: indented).")
    String format;

    @Parameters(arity = "1..*", paramLabel = "VOLUME")
    List<String> volumes;

    @Override
    public Integer call() throws IOException {
        VolumeApi api = parent.api();
        return InspectPrinter.print(spec, format, volumes, api::inspect, InspectPrinter.ENGINE_MESSAGE);
    }
}
