package io.jcompose.cli.compose;

import io.jcompose.cli.JcomposeCommand;
import io.jcompose.cli.compose.logs.ContainerExits;
import io.jcompose.cli.compose.logs.LogPrinter;
import io.jcompose.cli.compose.logs.LogStyle;
import io.jcompose.cli.compose.logs.LogWatcher;
import io.jcompose.cli.compose.logs.LoggedContainer;
import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.cli.container.LogTime;
import io.jcompose.engine.api.client.LogsOptions;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code jcompose logs}: the output of the project's containers interleaved line by line with {@code web-1  | }
 * prefixes; with {@code -f}, containers that appear later are followed too.
 */
@Command(name = "logs", description = "View output from containers.")
public final class LogsCommand implements Callable<Integer> {

    @ParentCommand
    JcomposeCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--follow"}, description = "Follow log output.")
    boolean follow;

    @Option(names = {"-t", "--timestamps"}, description = "Show timestamps.")
    boolean timestamps;

    @Option(names = {"-n", "--tail"}, paramLabel = "N", defaultValue = "all", description = "Number of lines to "
            + "show from the end of the logs for each container (default: ${DEFAULT-VALUE}).")
    String tail;

    @Option(names = "--since", paramLabel = "TIME", description = "Show logs since timestamp (e.g. "
            + "2013-01-02T13:23:37Z) or relative (e.g. 42m for 42 minutes).")
    String since;

    @Option(names = "--until", paramLabel = "TIME", description = "Show logs before a timestamp (e.g. "
            + "2013-01-02T13:23:37Z) or relative (e.g. 42m for 42 minutes).")
    String until;

    @Option(names = "--no-color", description = "Produce monochrome output.")
    boolean noColor;

    @Option(names = "--no-log-prefix", description = "Don't print prefix in logs.")
    boolean noLogPrefix;

    @Option(names = "--index", paramLabel = "N", description = "index of the container if service has multiple "
            + "replicas")
    Integer index;

    @Parameters(paramLabel = "SERVICE", arity = "0..*")
    List<String> services = List.of();

    @Override
    public Integer call() throws IOException {
        if (!tail.equals("all") && !tail.matches("-?\\d+")) {
            throw new ParameterException(spec.commandLine(), "--tail: \"" + tail + "\" is not a number or all");
        }
        LogsOptions options;
        try {
            Instant now = Instant.now();
            options = LogsOptions.all().withFollow(follow).withTail(tail).withWindow(
                    LogTime.toApi("--since", since, now, ZoneId.systemDefault()),
                    LogTime.toApi("--until", until, now, ZoneId.systemDefault()));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Desired desired = ComposeContext.load(root, spec);
        ServiceSelection.check(desired, services);
        if (index != null && services.size() != 1) {
            throw new ParameterException(spec.commandLine(), "--index requires exactly one service");
        }
        var engine = ComposeContext.engine(root, spec);
        LogPrinter printer = new LogPrinter(spec.commandLine().getOut(), spec.commandLine().getErr(),
                new LogStyle(!noColor && root.colour(), !noLogPrefix, timestamps));
        LogWatcher watcher = new LogWatcher(engine.containers(), desired.name(),
                c -> (services.isEmpty() || services.contains(c.service())) && (index == null || c.number() == index),
                printer, ContainerExits.IGNORE, Duration.ofMillis(500));
        List<LoggedContainer> containers = watcher.list();
        try {
            watcher.run(containers, options);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
        return 0;
    }
}
