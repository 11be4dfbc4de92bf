package io.jcompose.cli.network;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code jcompose network prune [-f] [--filter K=V]}: asks first unless forced (a "no" removes nothing and is no
 * error), then lists the networks removed.
 */
@Command(name = "prune", description = "Remove all unused networks.")
public final class NetworkPruneCommand implements Callable<Integer> {

    static final String WARNING = "WARNING! This will remove all custom networks not used by at least one "
            + "container.\nAre you sure you want to continue? [y/N] ";

    @ParentCommand
    NetworkCommand parent;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--force"}, description = "Do not prompt for confirmation.")
    boolean force;

    @Option(names = "--filter", paramLabel = "KEY=VALUE", description = "Provide filter values (e.g. "
            + "until=<timestamp>, label=a=b).")
    List<String> filters = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        Map<String, List<String>> filterMap;
        try {
            filterMap = FilterFlags.of(filters);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (!force && !confirmed(out)) {
            return 0;
        }
        out.print(report(parent.api().prune(filterMap)));
        out.flush();
        return 0;
    }

    private boolean confirmed(PrintWriter out) throws IOException {
        out.print(WARNING);
        out.flush();
        String answer = new BufferedReader(new InputStreamReader(parent.stdin(), StandardCharsets.UTF_8)).readLine();
        return answer != null && answer.strip().toLowerCase(Locale.ROOT).matches("y|yes");
    }

    /** Docker's report: the names under a heading and a blank line, or nothing when none went. */
    static String report(List<String> deleted) {
        if (deleted.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("Deleted Networks:\n");
        deleted.forEach(n -> text.append(n).append('\n'));
        return text.append('\n').toString();
    }
}
