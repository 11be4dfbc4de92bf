package io.jcompose.cli.compose;

import io.jcompose.cli.JcomposeCommand;
import io.jcompose.cli.compose.ProjectContainers.OneOff;
import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.cli.compose.plan.ObservedContainer;
import io.jcompose.cli.container.ContainerStatsCommand;
import io.jcompose.cli.container.ListFormat;
import io.jcompose.engine.api.client.ContainerApi;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jcompose stats}: docker's resource table, for the project's containers only. */
@Command(name = "stats", description = "Display a live stream of container(s) resource usage statistics.")
public final class StatsCommand implements Callable<Integer> {

    @ParentCommand
    JcomposeCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = {"-a", "--all"}, description = "Show all containers (default shows just running).")
    boolean all;

    @Option(names = "--no-stream", description = "Disable streaming stats and only pull the first result.")
    boolean noStream;

    @Option(names = "--no-trunc", description = "Do not truncate output.")
    boolean noTrunc;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), json, or a template such "
            + "as 'table {{.Name}}\\t{{.CPUPerc}}'.")
    String format;

    @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Services to show.")
    List<String> services = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        ListFormat listFormat = ContainerStatsCommand.format(spec.commandLine(), format);
        Desired desired = ComposeContext.load(root, spec);
        ContainerApi api = ComposeContext.engine(root, spec).containers();
        List<String> ids = ProjectContainers.of(desired, services).containers(api, all, OneOff.EXCLUDE).stream()
                .sorted(Comparator.comparing(ObservedContainer::name)).map(ObservedContainer::id).toList();
        return ContainerStatsCommand.show(spec.commandLine(), api, ids, noStream, noTrunc, listFormat);
    }
}
