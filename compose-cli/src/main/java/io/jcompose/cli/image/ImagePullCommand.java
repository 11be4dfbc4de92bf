package io.jcompose.cli.image;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jcompose image pull NAME[:TAG|@DIGEST]}: progress, then the full reference pulled. */
@Command(name = "pull", description = "Download an image from a registry.")
public final class ImagePullCommand implements Callable<Integer> {

    @ParentCommand
    ImageCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = {"-q", "--quiet"}, description = "Suppress verbose output.")
    boolean quiet;

    @Parameters(index = "0", paramLabel = "NAME[:TAG|@DIGEST]")
    String name;

    @Override
    public Integer call() throws IOException {
        ImageName image = ImageName.parse(name);
        PrintWriter out = spec.commandLine().getOut();
        ProgressPrinter printer = new ProgressPrinter(out, Terminal.attached());
        parent.api().pullImage(image.repository(), image.tagOrDigest(), null, quiet ? line -> { } : printer);
        out.println(image.canonical());
        out.flush();
        return 0;
    }
}
