package io.jcompose.cli.compose;

import io.jcompose.cli.JcomposeCommand;
import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.cli.compose.plan.Labels;
import io.jcompose.engine.api.client.EventsApi;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jcompose events}: follow the engine's events about the project's containers until interrupted. */
@Command(name = "events", description = "Receive real time events from containers.")
public final class EventsCommand implements Callable<Integer> {

    @ParentCommand
    JcomposeCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Output events as a stream of json objects.")
    boolean json;

    @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Services to follow.")
    List<String> services = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        Desired desired = ComposeContext.load(root, spec);
        return run(desired, ComposeContext.events(root, spec), spec.commandLine().getOut(), ZoneId.systemDefault());
    }

    int run(Desired desired, EventsApi events, PrintWriter out, ZoneId zone) throws IOException {
        ProjectContainers selection = ProjectContainers.of(desired, services);
        events.events(Map.of("type", List.of("container"), "label", List.of(Labels.PROJECT + "=" + desired.name())),
                e -> {
                    if (!EventLine.shown(e)) {
                        return;
                    }
                    EventLine line = EventLine.of(e);
                    if (!services.isEmpty() && !selection.selected(line.service())) {
                        return;
                    }
                    out.println(json ? line.json(zone) : line.text(zone));
                    out.flush();
                });
        return 0;
    }
}
