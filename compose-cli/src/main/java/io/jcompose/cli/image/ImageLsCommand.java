package io.jcompose.cli.image;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jcompose image ls}: {@code docker images}' table, IDs or JSON lines. */
@Command(name = "ls", aliases = {"list"}, description = "List images.")
public final class ImageLsCommand implements Callable<Integer> {

    @ParentCommand
    ImageCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = {"-a", "--all"}, description = "Show all images (by default intermediate images are hidden).")
    boolean all;

    @Option(names = {"-q", "--quiet"}, description = "Only show image IDs.")
    boolean quiet;

    @Option(names = "--digests", description = "Show digests.")
    boolean digests;

    @Option(names = "--no-trunc", description = "Don't truncate output.")
    boolean noTrunc;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or json (one object per line).")
    String format;

    @Override
    public Integer call() throws IOException {
        if (format != null && !format.equals("json") && !format.equals("table")) {
            throw new ParameterException(spec.commandLine(), "--format \"" + format
                    + "\" is not supported (expected table or json)");
        }
        ImageTable table = new ImageTable(parent.api().listImages(all), digests, noTrunc, Instant.now());
        PrintWriter out = spec.commandLine().getOut();
        out.print(quiet ? table.quiet() : "json".equals(format) ? table.json() : table.table());
        out.flush();
        return 0;
    }
}
