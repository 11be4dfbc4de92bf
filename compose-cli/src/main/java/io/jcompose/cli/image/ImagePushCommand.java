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

/** {@code jcompose image push NAME[:TAG]}: one tag, or with {@code -a} every tag of the repository. */
@Command(name = "push", description = "Upload an image to a registry.")
public final class ImagePushCommand implements Callable<Integer> {

    @ParentCommand
    ImageCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = {"-a", "--all-tags"}, description = "Push all tags of the repository.")
    boolean allTags;

    @Option(names = {"-q", "--quiet"}, description = "Suppress verbose output.")
    boolean quiet;

    @Parameters(index = "0", paramLabel = "NAME[:TAG]")
    String name;

    @Override
    public Integer call() throws IOException {
        ImageName image = ImageName.parse(name);
        String tag = allTags ? "" : image.tag().isEmpty() ? "latest" : image.tag();
        PrintWriter out = spec.commandLine().getOut();
        ProgressPrinter printer = new ProgressPrinter(out, Terminal.attached());
        parent.api().pushImage(image.repository(), tag, null, quiet ? line -> { } : printer);
        if (quiet) {
            out.println(name);
        }
        out.flush();
        return 0;
    }
}
