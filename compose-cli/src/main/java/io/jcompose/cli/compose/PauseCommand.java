package io.jcompose.cli.compose;

import io.jcompose.cli.JcomposeCommand;
import io.jcompose.cli.compose.ProjectContainers.OneOff;
import io.jcompose.cli.compose.exec.EngineApis;
import io.jcompose.cli.compose.exec.Progress;
import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.cli.compose.plan.ObservedContainer;
import io.jcompose.engine.api.client.ContainerApi;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jcompose pause}: freeze the services' running containers, all at once. */
@Command(name = "pause", description = "Pause services.")
public final class PauseCommand implements Callable<Integer> {

    @ParentCommand
    JcomposeCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Services to pause.")
    List<String> services = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        Desired desired = ComposeContext.load(root, spec);
        return run(desired, ComposeContext.engine(root, spec), spec.commandLine().getErr());
    }

    int run(Desired desired, EngineApis engine, PrintWriter err) throws IOException {
        ContainerApi api = engine.containers();
        List<ObservedContainer> chosen = ProjectContainers.of(desired, services).containers(api, true, OneOff.EXCLUDE)
                .stream().filter(ObservedContainer::running).toList();
        if (!chosen.isEmpty()) {
            ContainerLevels.run(List.of(chosen), Progress.of(err), "Pausing", "Paused", c -> api.pause(c.id()));
        }
        return 0;
    }
}
