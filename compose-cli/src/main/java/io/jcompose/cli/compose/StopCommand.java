package io.jcompose.cli.compose;

import io.jcompose.cli.JcomposeCommand;
import io.jcompose.cli.compose.ProjectContainers.OneOff;
import io.jcompose.cli.compose.exec.EngineApis;
import io.jcompose.cli.compose.exec.Progress;
import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.engine.api.client.ContainerApi;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jcompose stop}: stop the services' containers, dependants first, without removing them. */
@Command(name = "stop", description = "Stop services.")
public final class StopCommand implements Callable<Integer> {

    @ParentCommand
    JcomposeCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = {"-t", "--timeout"}, paramLabel = "SECONDS", description = "Specify a shutdown timeout in "
            + "seconds.")
    Integer timeout;

    @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Services to stop.")
    List<String> services = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        Desired desired = ComposeContext.load(root, spec);
        return run(desired, ComposeContext.engine(root, spec), spec.commandLine().getErr());
    }

    int run(Desired desired, EngineApis engine, PrintWriter err) throws IOException {
        ProjectContainers selection = ProjectContainers.of(desired, services);
        ContainerApi api = engine.containers();
        OptionalInt t = timeout == null ? OptionalInt.empty() : OptionalInt.of(timeout);
        ContainerLevels.run(selection.stopLevels(api, true, OneOff.EXCLUDE), Progress.of(err), "Stopping",
                "Stopped", c -> api.stop(c.id(), t, ""));
        return 0;
    }
}
