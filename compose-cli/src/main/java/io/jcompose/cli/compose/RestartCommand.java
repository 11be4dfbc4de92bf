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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code jcompose restart}: restart the services' containers in dependency order; as in docker compose, naming a
 * service also restarts what it depends on unless {@code --no-deps}.
 */
@Command(name = "restart", description = "Restart service containers.")
public final class RestartCommand implements Callable<Integer> {

    @ParentCommand
    JcomposeCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = {"-t", "--timeout"}, paramLabel = "SECONDS", description = "Specify a shutdown timeout in "
            + "seconds.")
    Integer timeout;

    @Option(names = "--no-deps", description = "Don't restart dependent services.")
    boolean noDeps;

    @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Services to restart.")
    List<String> services = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        Desired desired = ComposeContext.load(root, spec);
        return run(desired, ComposeContext.engine(root, spec), spec.commandLine().getErr());
    }

    int run(Desired desired, EngineApis engine, PrintWriter err) throws IOException {
        ProjectContainers named = ProjectContainers.of(desired, services);
        Set<String> wanted = new LinkedHashSet<>(services);
        if (!noDeps) {
            services.forEach(s -> wanted.addAll(desired.graph().transitiveDependenciesOf(s)));
        }
        ProjectContainers selection = new ProjectContainers(named.desired(), List.copyOf(wanted));
        ContainerApi api = engine.containers();
        OptionalInt t = timeout == null ? OptionalInt.empty() : OptionalInt.of(timeout);
        ContainerLevels.run(selection.startLevels(api, true, OneOff.EXCLUDE), Progress.of(err), "Restarting",
                "Started", c -> api.restart(c.id(), t));
        return 0;
    }
}
