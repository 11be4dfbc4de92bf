package io.jcompose.cli.container;

import io.jcompose.engine.api.client.ContainerApi;
import java.io.IOException;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jcompose container stop [-t N] [-s SIG] NAME...}: the stop signal, then SIGKILL after the grace period. */
@Command(name = "stop", description = "Stop one or more running containers.")
public final class ContainerStopCommand implements Callable<Integer> {

    @ParentCommand
    ContainerCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = {"-t", "--timeout", "--time"}, paramLabel = "SECONDS",
            description = "Seconds to wait before killing the container (default: the container's own).")
    Integer timeout;

    @Option(names = {"-s", "--signal"}, paramLabel = "SIGNAL", description = "Signal to send to the container.")
    String signal;

    @Parameters(arity = "1..*", paramLabel = "CONTAINER")
    List<String> containers;

    @Override
    public Integer call() throws IOException {
        ContainerApi api = parent.containers();
        OptionalInt t = timeout == null ? OptionalInt.empty() : OptionalInt.of(timeout);
        return EachContainer.exitCode(containers, spec.commandLine().getOut(), spec.commandLine().getErr(),
                c -> api.stop(c, t, signal));
    }
}
