package io.jcompose.cli.container;

import io.jcompose.engine.api.client.ContainerApi;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jcompose container unpause NAME...}: the engine freezes or thaws the container's cgroup. */
@Command(name = "unpause", description = "Unpause all processes within one or more containers.")
public final class ContainerUnpauseCommand implements Callable<Integer> {

    @ParentCommand
    ContainerCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "CONTAINER")
    List<String> containers;

    @Override
    public Integer call() throws IOException {
        ContainerApi api = parent.containers();
        return EachContainer.exitCode(containers, spec.commandLine().getOut(), spec.commandLine().getErr(),
                api::unpause);
    }
}
