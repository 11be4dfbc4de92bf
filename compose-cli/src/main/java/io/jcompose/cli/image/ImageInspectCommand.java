package io.jcompose.cli.image;

import io.jcompose.engine.api.client.ImageApi;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jcompose image inspect NAME...}: a JSON array of what was found; each missing one is an error (exit 1). */
@Command(name = "inspect", description = "Display detailed information on one or more images.")
public final class ImageInspectCommand implements Callable<Integer> {

    @ParentCommand
    ImageCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "json (the default).")
    String format;

    @Parameters(arity = "1..*", paramLabel = "IMAGE")
    List<String> names;

    @Override
    public Integer call() throws IOException {
        ImageApi api = parent.api();
        return InspectPrinter.print(spec, format, names, api::inspectImage, InspectPrinter.notFound("image"));
    }
}
