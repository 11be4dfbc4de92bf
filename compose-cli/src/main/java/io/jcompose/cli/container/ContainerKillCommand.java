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

/** {@code jcompose container kill [-s SIG] NAME...}: SIGKILL unless another signal is named. */
@Command(name = "kill", description = "Kill one or more running containers.")
public final class ContainerKillCommand implements Callable<Integer> {

    @ParentCommand
    ContainerCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = {"-s", "--signal"}, paramLabel = "SIGNAL", description = "Signal to send to the container.")
    String signal;

    @Parameters(arity = "1..*", paramLabel = "CONTAINER")
    List<String> containers;

    @Override
    public Integer call() throws IOException {
        ContainerApi api = parent.containers();
        return EachContainer.exitCode(containers, spec.commandLine().getOut(), spec.commandLine().getErr(),
                c -> api.kill(c, signal));
    }
}
