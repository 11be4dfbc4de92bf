package io.jcompose.cli.container;

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

/**
 * {@code jcompose container rm [-f] [-v] NAME...}: like {@code rm -f}, a forced removal of a container that does
 * not exist is no error and prints nothing, as docker does.
 */
@Command(name = "rm", aliases = {"remove"}, description = "Remove one or more containers.")
public final class ContainerRmCommand implements Callable<Integer> {

    @ParentCommand
    ContainerCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--force"}, description = "Force the removal of a running container (uses SIGKILL).")
    boolean force;

    @Option(names = {"-v", "--volumes"}, description = "Remove anonymous volumes associated with the container.")
    boolean volumes;

    @Parameters(arity = "1..*", paramLabel = "CONTAINER")
    List<String> containers;

    @Override
    public Integer call() throws IOException {
        ContainerApi api = parent.containers();
        List<String> failed = EachContainer.apply(containers, spec.commandLine().getOut(),
                spec.commandLine().getErr(), c -> api.remove(c, force, volumes), e -> force && e.isNotFound());
        return failed.isEmpty() ? 0 : 1;
    }
}
