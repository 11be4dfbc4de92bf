package io.jcompose.cli.container;

import io.jcompose.cli.image.Terminal;
import io.jcompose.engine.api.client.ContainerApi;
import io.jcompose.engine.api.json.ContainerSummaryJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code jcompose container stats [CONTAINER...]}: docker's resource table, once ({@code --no-stream}: one
 * {@code stream=0} sample per container) or live from one streamed request per container, redrawn in place each
 * second on a terminal and printed as a new table per second elsewhere, until every stream ends or Ctrl-C.
 */
@Command(name = "stats", description = "Display a live stream of container(s) resource usage statistics.")
public final class ContainerStatsCommand implements Callable<Integer> {

    @ParentCommand
    ContainerCommand parent;

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

    @Parameters(paramLabel = "CONTAINER", arity = "0..*")
    List<String> containers = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        ListFormat listFormat = format(spec.commandLine(), format);
        ContainerApi api = parent.containers();
        List<String> names = containers.isEmpty()
                ? api.list(all, Map.of()).stream().map(ContainerSummaryJson::id).toList() : containers;
        return show(spec.commandLine(), api, names, noStream, noTrunc, listFormat);
    }

    /** The {@code --format} of a stats table; a bad one is a usage error. */
    public static ListFormat format(CommandLine cli, String format) {
        try {
            return ListFormat.of(format, StatsRow.DEFAULT, StatsRow.HEADERS);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cli, e.getMessage());
        }
    }

    /**
     * Docker's stats table of {@code names} (IDs or names), once or live until every stream ends; shared with
     * {@code compose stats}, which picks the project's containers.
     */
    public static int show(CommandLine cli, ContainerApi api, List<String> names, boolean noStream, boolean noTrunc,
            ListFormat listFormat) throws IOException {
        PrintWriter out = cli.getOut();
        PrintWriter err = cli.getErr();
        StatsCollector collector = new StatsCollector(api, names, noTrunc);
        List<String> errors = noStream ? collector.once() : collector.startStreams();
        if (!errors.isEmpty()) {
            errors.forEach(err::println);
            err.flush();
            collector.close();
            return 1;
        }
        if (noStream) {
            if (!names.isEmpty()) {
                out.print(listFormat.render(collector.rows()));
            }
            out.flush();
            return 0;
        }
        boolean terminal = Terminal.attached();
        try (collector) {
            while (true) {
                boolean last = collector.ended();
                String table = listFormat.render(collector.rows());
                out.print(terminal ? redraw(table) : table);
                out.flush();
                if (last || out.checkError()) {
                    return 0;
                }
                collector.awaitEnd(StatsCollector.INTERVAL);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    /** Docker's frame: cursor home, each line erased to its end, the rest of the screen cleared. */
    static String redraw(String table) {
        StringBuilder frame = new StringBuilder("\u001b[H");
        for (String line : table.split("\n", -1)) {
            frame.append(line).append("\u001b[K\n");
        }
        return frame.append("\u001b[J").toString();
    }
}
