package io.jcompose.cli.compose;

import io.jcompose.cli.JcomposeCommand;
import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.cli.compose.plan.Labels;
import io.jcompose.cli.container.FormatRow;
import io.jcompose.cli.container.ListFormat;
import io.jcompose.engine.api.client.ContainerApi;
import io.jcompose.engine.api.json.ContainerSummaryJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jcompose ps}: the project's containers as docker compose v2 lists them. */
@Command(name = "ps", description = "List containers.")
public final class PsCommand implements Callable<Integer> {

    @ParentCommand
    JcomposeCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Services to list.")
    List<String> services = new ArrayList<>();

    @Option(names = {"-a", "--all"}, description = "Show all stopped containers (including those created by the "
            + "run command).")
    boolean all;

    @Option(names = {"-q", "--quiet"}, description = "Only display IDs.")
    boolean quiet;

    @Option(names = "--services", description = "Display services.")
    boolean listServices;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "Format the output. "
            + "Values: [table | json | a Go template such as '{{.Name}} {{.State}}'] (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--status", paramLabel = "STATUS", description = "Filter services by status. Values: [paused | "
            + "restarting | removing | running | dead | created | exited].")
    List<String> status = new ArrayList<>();

    @Option(names = "--filter", paramLabel = "KEY=VALUE", description = "Filter services by a property (supported "
            + "filters: status).")
    List<String> filter = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        Desired desired = ComposeContext.load(root, spec);
        for (String s : services) {
            if (desired.project().service(s) == null) {
                throw new io.jcompose.model.error.ComposeException("no such service: " + s);
            }
        }
        List<String> states = new ArrayList<>(status);
        for (String f : filter) {
            if (!f.startsWith("status=")) {
                throw new io.jcompose.model.error.ComposeException("invalid filter \"" + f + "\": only status=... "
                        + "is supported");
            }
            states.add(f.substring("status=".length()));
        }
        ListFormat template = format.equals("table") || format.equals("json") ? null
                : PsFormat.template(format);
        ContainerApi containers = ComposeContext.engine(root, spec).containers();
        boolean everything = all || !states.isEmpty();
        List<ContainerSummaryJson> listed = containers.list(everything, Labels.projectFilter(desired.name()))
                .stream()
                .filter(c -> !"True".equals(label(c, Labels.ONEOFF)) || all)
                .filter(c -> services.isEmpty() || services.contains(label(c, Labels.SERVICE)))
                .filter(c -> states.isEmpty() || states.contains(c.state()))
                .sorted(Comparator.comparing(PsCommand::name)).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (quiet) {
            listed.forEach(c -> out.println(c.id()));
        } else if (listServices) {
            new TreeSet<>(listed.stream().map(c -> label(c, Labels.SERVICE)).toList()).forEach(out::println);
        } else if (format.equals("json")) {
            for (ContainerSummaryJson c : listed) {
                out.println(PsFormat.json(c, containers.inspect(c.id()), desired.name()));
            }
        } else if (template != null) {
            List<FormatRow> rows = new ArrayList<>();
            for (ContainerSummaryJson c : listed) {
                rows.add(PsFormat.row(c, containers.inspect(c.id()), desired.name()));
            }
            out.print(template.render(rows));
        } else {
            out.print(PsFormat.table(listed, Instant.now()));
        }
        out.flush();
        return 0;
    }

    static String name(ContainerSummaryJson c) {
        String n = c.names() == null || c.names().isEmpty() ? c.id() : c.names().getFirst();
        return n.startsWith("/") ? n.substring(1) : n;
    }

    static String label(ContainerSummaryJson c, String key) {
        return c.labels() == null ? "" : c.labels().getOrDefault(key, "");
    }
}
