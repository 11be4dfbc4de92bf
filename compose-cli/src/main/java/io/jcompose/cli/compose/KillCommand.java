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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jcompose kill}: send a signal (SIGKILL by default) to the services' running containers, all at once. */
@Command(name = "kill", description = "Force stop service containers.")
public final class KillCommand implements Callable<Integer> {

    @ParentCommand
    JcomposeCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = {"-s", "--signal"}, paramLabel = "SIGNAL", defaultValue = "SIGKILL", description = "SIGNAL to "
            + "send to the container (default: ${DEFAULT-VALUE}).")
    String signal;

    @Option(names = "--remove-orphans", description = "Remove containers for services not defined in the Compose "
            + "file.")
    boolean removeOrphans;

    @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Services to kill.")
    List<String> services = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        Desired desired = ComposeContext.load(root, spec);
        return run(desired, ComposeContext.engine(root, spec), spec.commandLine().getErr());
    }

    int run(Desired desired, EngineApis engine, PrintWriter err) throws IOException {
        ProjectContainers selection = ProjectContainers.of(desired, services);
        ContainerApi api = engine.containers();
        List<ObservedContainer> running = new ArrayList<>(selection.containers(api, false, OneOff.EXCLUDE).stream()
                .filter(ObservedContainer::running).toList());
        List<ObservedContainer> orphans = selection.orphans(api);
        if (removeOrphans) {
            orphans.stream().filter(ObservedContainer::running).forEach(running::add);
        } else if (!orphans.isEmpty()) {
            ComposeContext.warn(err, "Found orphan containers (" + orphans.stream().map(ObservedContainer::name)
                    .toList() + ") for this project. If you removed or renamed this service in your compose file, "
                    + "you can run this command with the --remove-orphans flag to clean it up.");
        }
        if (running.isEmpty()) {
            err.println("no container to kill");
            err.flush();
            return 0;
        }
        ContainerLevels.run(List.of(running), Progress.of(err), "Killing", "Killed",
                c -> api.kill(c.id(), signal));
        return 0;
    }
}
