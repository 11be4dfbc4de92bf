package io.jcompose.cli.compose;

import io.jcompose.cli.JcomposeCommand;
import io.jcompose.cli.compose.ProjectContainers.OneOff;
import io.jcompose.cli.compose.exec.EngineApis;
import io.jcompose.cli.compose.exec.Progress;
import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.cli.compose.plan.ObservedContainer;
import io.jcompose.engine.api.client.ContainerApi;
import io.jcompose.model.error.ComposeException;
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

/** {@code jcompose start}: start the services' existing containers, dependencies first. */
@Command(name = "start", description = "Start services.")
public final class StartCommand implements Callable<Integer> {

    @ParentCommand
    JcomposeCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Services to start.")
    List<String> services = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        Desired desired = ComposeContext.load(root, spec);
        return run(desired, ComposeContext.engine(root, spec), spec.commandLine().getErr());
    }

    int run(Desired desired, EngineApis engine, PrintWriter err) throws IOException {
        ProjectContainers selection = ProjectContainers.of(desired, services);
        ContainerApi api = engine.containers();
        List<ObservedContainer> all = selection.containers(api, true, OneOff.EXCLUDE);
        for (String service : selection.selectedServices()) {
            if (all.stream().noneMatch(c -> c.service().equals(service))) {
                throw new ComposeException("service \"" + service + "\" has no container to start");
            }
        }
        List<ObservedContainer> stopped = all.stream().filter(c -> !c.running() && !c.state().equals("paused"))
                .toList();
        ContainerLevels.run(ProjectContainers.levels(stopped, desired.graph().startLevels()), Progress.of(err),
                "Starting", "Started", c -> api.start(c.id()));
        return 0;
    }
}
