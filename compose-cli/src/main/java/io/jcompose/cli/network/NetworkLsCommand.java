package io.jcompose.cli.network;

import io.jcompose.cli.container.ListFormat;
import io.jcompose.engine.api.json.NetworkJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jcompose network ls}: docker's table (sorted by name), IDs, JSON lines or a template. */
@Command(name = "ls", aliases = "list", description = "List networks.")
public final class NetworkLsCommand implements Callable<Integer> {

    @ParentCommand
    NetworkCommand parent;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Spec
    CommandSpec spec;

    @Option(names = {"-q", "--quiet"}, description = "Only display network IDs.")
    boolean quiet;

    @Option(names = "--no-trunc", description = "Do not truncate the output.")
    boolean noTrunc;

    @Option(names = {"-f", "--filter"}, paramLabel = "KEY=VALUE", description = "Filter output based on "
            + "conditions provided (name=, id=, label=, driver=, type=custom|builtin, dangling=true).")
    List<String> filters = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), json, or a template "
            + "such as 'table {{.ID}}\\t{{.Name}}'.")
    String format;

    @Override
    public Integer call() throws IOException {
        ListFormat listFormat;
        Map<String, List<String>> filterMap;
        try {
            boolean table = format == null || format.isEmpty() || format.equals("table");
            listFormat = ListFormat.of(quiet && table ? "{{.ID}}" : format, NetworkRow.DEFAULT_TABLE,
                    NetworkRow.HEADERS);
            filterMap = FilterFlags.of(filters);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        List<NetworkJson> networks = new ArrayList<>(parent.api().list(filterMap));
        networks.sort(Comparator.comparing(n -> n.name() == null ? "" : n.name(), NaturalOrder.INSTANCE));
        PrintWriter out = spec.commandLine().getOut();
        out.print(listFormat.render(networks.stream().map(n -> NetworkRow.of(n, noTrunc)).toList()));
        out.flush();
        return 0;
    }
}
