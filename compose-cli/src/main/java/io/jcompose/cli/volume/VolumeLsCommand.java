package io.jcompose.cli.volume;

import io.jcompose.cli.container.ListFormat;
import io.jcompose.cli.network.FilterFlags;
import io.jcompose.cli.network.NaturalOrder;
import io.jcompose.engine.api.json.VolumeJson;
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

/** {@code jcompose volume ls}: docker's table (sorted by name), names only, JSON lines or a template. */
@Command(name = "ls", aliases = "list", description = "List volumes.")
public final class VolumeLsCommand implements Callable<Integer> {

    @ParentCommand
    VolumeCommand parent;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Spec
    CommandSpec spec;

    @Option(names = {"-q", "--quiet"}, description = "Only display volume names.")
    boolean quiet;

    @Option(names = {"-f", "--filter"}, paramLabel = "KEY=VALUE", description = "Provide filter values (e.g. "
            + "dangling=true, driver=local, label=a=b, name=x).")
    List<String> filters = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), json, or a template "
            + "such as 'table {{.Name}}\\t{{.Mountpoint}}'.")
    String format;

    @Override
    public Integer call() throws IOException {
        ListFormat listFormat;
        Map<String, List<String>> filterMap;
        try {
            boolean table = format == null || format.isEmpty() || format.equals("table");
            listFormat = ListFormat.of(quiet && table ? "{{.Name}}" : format, VolumeRow.DEFAULT_TABLE,
                    VolumeRow.HEADERS);
            filterMap = FilterFlags.of(filters);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        List<VolumeJson> volumes = new ArrayList<>(parent.api().list(filterMap));
        volumes.sort(Comparator.comparing(v -> v.name() == null ? "" : v.name(), NaturalOrder.INSTANCE));
        PrintWriter out = spec.commandLine().getOut();
        out.print(listFormat.render(volumes.stream().map(VolumeRow::of).toList()));
        out.flush();
        return 0;
    }
}
