package io.jcompose.cli.container;

import io.jcompose.cli.image.InspectPrinter;
import io.jcompose.engine.api.client.ContainerApi;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jcompose container inspect NAME...}: a JSON array of those found; each missing one is an error (exit 1). */
@Command(name = "inspect", description = "Display detailed information on one or more containers.")
public final class ContainerInspectCommand implements Callable<Integer> {

    @ParentCommand
    ContainerCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "json (the default).")
    String format;

    @Parameters(arity = "1..*", paramLabel = "CONTAINER")
    List<String> containers;

    @Override
    public Integer call() throws IOException {
        ContainerApi api = parent.containers();
        return InspectPrinter.print(spec, format, containers, api::inspect, InspectPrinter.notFound("container"));
    }
}
