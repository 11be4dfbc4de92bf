package io.jcompose.cli.volume;

import io.jcompose.cli.network.FilterFlags;
import io.jcompose.engine.api.json.VolumePruneJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * {@code jcompose volume prune [-a] [-f] [--filter K=V]}: asks first unless forced (a "no" removes nothing and is
 * no error), then lists the volumes removed and the space reclaimed; anonymous volumes only unless {@code -a}.
 */
@Command(name = "prune", description = "Remove unused local volumes.")
public final class VolumePruneCommand implements Callable<Integer> {

    static final String WARNING = "WARNING! This will remove anonymous local volumes not used by at least one "
            + "container.\nAre you sure you want to continue? [y/N] ";
    static final String WARNING_ALL = "WARNING! This will remove all local volumes not used by at least one "
            + "container.\nAre you sure you want to continue? [y/N] ";
    private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"};

    @ParentCommand
    VolumeCommand parent;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Spec
    CommandSpec spec;

    @Option(names = {"-a", "--all"}, description = "Remove all unused volumes, not just anonymous ones.")
    boolean all;

    @Option(names = {"-f", "--force"}, description = "Do not prompt for confirmation.")
    boolean force;

    @Option(names = "--filter", paramLabel = "KEY=VALUE", description = "Provide filter values (e.g. label=a=b).")
    List<String> filters = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        Map<String, List<String>> filterMap;
        try {
            filterMap = new LinkedHashMap<>(FilterFlags.of(filters));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (all) {
            if (filterMap.containsKey("all")) {
                throw new ParameterException(spec.commandLine(), "conflicting options: cannot specify both --all "
                        + "and --filter all=1");
            }
            filterMap.put("all", List.of("true"));
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
        out.print(all ? WARNING_ALL : WARNING);
        out.flush();
        String answer = new BufferedReader(new InputStreamReader(parent.stdin(), StandardCharsets.UTF_8)).readLine();
        return answer != null && answer.strip().toLowerCase(Locale.ROOT).matches("y|yes");
    }

    /** Docker's report: the names under a heading and a blank line (when any went), then the space reclaimed. */
    static String report(VolumePruneJson report) {
        StringBuilder text = new StringBuilder();
        if (!report.volumesDeleted().isEmpty()) {
            text.append("Deleted Volumes:\n");
            report.volumesDeleted().forEach(n -> text.append(n).append('\n'));
            text.append('\n');
        }
        return text.append("Total reclaimed space: ").append(size(report.spaceReclaimed())).append('\n').toString();
    }

    /** Bytes in decimal units with four significant digits, as docker's {@code units.HumanSize}. */
    static String size(long bytes) {
        double value = bytes;
        int unit = 0;
        while (value >= 1000 && unit < UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(4, RoundingMode.HALF_EVEN));
        return rounded.stripTrailingZeros().toPlainString() + UNITS[unit];
    }
}
