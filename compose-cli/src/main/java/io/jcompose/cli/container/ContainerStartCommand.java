package io.jcompose.cli.container;

import io.jcompose.engine.api.client.ContainerApi;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jcompose container start NAME...}: prints each name started; the failed ones are listed last (exit 1). */
@Command(name = "start", description = "Start one or more stopped containers.")
public final class ContainerStartCommand implements Callable<Integer> {

    @ParentCommand
    ContainerCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "CONTAINER")
    List<String> containers;

    @Override
    public Integer call() throws IOException {
        ContainerApi api = parent.containers();
        PrintWriter err = spec.commandLine().getErr();
        List<String> failed = EachContainer.apply(containers, spec.commandLine().getOut(), err, api::start);
        if (failed.isEmpty()) {
            return 0;
        }
        err.println("Error: failed to start containers: " + String.join(", ", failed));
        err.flush();
        return 1;
    }
}
