package io.jcompose.cli.compose;

import io.jcompose.cli.JcomposeCommand;
import io.jcompose.cli.compose.ProjectContainers.OneOff;
import io.jcompose.cli.compose.exec.EngineApis;
import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.cli.compose.plan.ObservedContainer;
import io.jcompose.cli.container.TabColumns;
import io.jcompose.engine.api.client.ContainerApi;
import io.jcompose.engine.api.json.ContainerTopJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jcompose top}: each running container's name, then its processes as docker compose tabulates them. */
@Command(name = "top", description = "Display the running processes.")
public final class TopCommand implements Callable<Integer> {

    /** The minimum cell width of docker compose's top table (its tabwriter's). */
    private static final int MIN_WIDTH = 5;

    @ParentCommand
    JcomposeCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Services to show.")
    List<String> services = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        Desired desired = ComposeContext.load(root, spec);
        return run(desired, ComposeContext.engine(root, spec), spec.commandLine().getOut());
    }

    int run(Desired desired, EngineApis engine, PrintWriter out) throws IOException {
        ContainerApi api = engine.containers();
        List<ObservedContainer> running = ProjectContainers.of(desired, services).containers(api, false,
                OneOff.INCLUDE).stream().sorted(Comparator.comparing(ObservedContainer::name)).toList();
        for (ObservedContainer c : running) {
            out.print(table(c.name(), api.top(c.id(), "")));
        }
        out.flush();
        return 0;
    }

    /** The name line, the titles, one line per process (each cell tab-terminated, as compose writes them), a gap. */
    static String table(String name, ContainerTopJson top) {
        List<String> lines = new ArrayList<>();
        lines.add(String.join("\t", top.titles()));
        top.processes().forEach(p -> lines.add(String.join("\t", p) + "\t"));
        return name + "\n" + TabColumns.align(lines, MIN_WIDTH) + "\n";
    }
}
