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

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), json (one object per line) or a Go "
            + "template such as '{{.Repository}}:{{.Tag}}'.")
    String format;

    @Override
    public Integer call() throws IOException {
        ImageTable table = new ImageTable(parent.api().listImages(all), digests, noTrunc, Instant.now());
        String text;
        try {
            text = quiet ? table.quiet() : "json".equals(format) ? table.json()
                    : format == null || format.equals("table") ? table.table() : table.template(format);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        out.flush();
        return 0;
    }
}
