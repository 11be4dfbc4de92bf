package io.jcompose.cli.container;

import io.jcompose.engine.api.json.ContainerSummaryJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jcompose container ls}: {@code docker ps}' table, IDs, JSON lines or a template; running ones unless -a. */
@Command(name = "ls", aliases = {"ps", "list"}, description = "List containers.")
public final class ContainerLsCommand implements Callable<Integer> {

    @ParentCommand
    ContainerCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = {"-a", "--all"}, description = "Show all containers (default shows just running).")
    boolean all;

    @Option(names = {"-q", "--quiet"}, description = "Only display container IDs.")
    boolean quiet;

    @Option(names = "--no-trunc", description = "Don't truncate output.")
    boolean noTrunc;

    @Option(names = {"-f", "--filter"}, paramLabel = "KEY=VALUE", description = "Filter output based on "
            + "conditions provided (status=running, name=web, label=a=b, id=..., ancestor=..., health=healthy).")
    List<String> filters = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), json, or a template "
            + "such as 'table {{.ID}}\\t{{.Names}}'.")
    String format;

    @Override
    public Integer call() throws IOException {
        ListFormat listFormat;
        Map<String, List<String>> filterMap = new LinkedHashMap<>();
        try {
            listFormat = ListFormat.of(quiet ? "{{.ID}}" : format);
            for (String f : filters) {
                int eq = f.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("--filter: \"" + f + "\" is not KEY=VALUE");
                }
                filterMap.computeIfAbsent(f.substring(0, eq), k -> new ArrayList<>()).add(f.substring(eq + 1));
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        List<ContainerSummaryJson> containers = parent.containers().list(all, filterMap);
        Instant now = Instant.now();
        PrintWriter out = spec.commandLine().getOut();
        out.print(listFormat.render(containers.stream().map(c -> ContainerRow.of(c, noTrunc, now)).toList()));
        out.flush();
        return 0;
    }
}
