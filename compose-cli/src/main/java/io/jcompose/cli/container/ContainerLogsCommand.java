package io.jcompose.cli.container;

import io.jcompose.engine.api.client.LogsOptions;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jcompose container logs [-f] [-t] [-n N] [--since T] [--until T] NAME}: stdout and stderr kept apart. */
@Command(name = "logs", description = "Fetch the logs of a container.")
public final class ContainerLogsCommand implements Callable<Integer> {

    @ParentCommand
    ContainerCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--follow"}, description = "Follow log output.")
    boolean follow;

    @Option(names = {"-t", "--timestamps"}, description = "Show timestamps.")
    boolean timestamps;

    @Option(names = {"-n", "--tail"}, paramLabel = "N", description = "Number of lines to show from the end of "
            + "the logs (default: all).")
    String tail = "all";

    @Option(names = "--since", paramLabel = "TIME", description = "Show logs since a timestamp (e.g. "
            + "2013-01-02T13:23:37Z) or relative (e.g. 42m for 42 minutes).")
    String since;

    @Option(names = "--until", paramLabel = "TIME", description = "Show logs before a timestamp (e.g. "
            + "2013-01-02T13:23:37Z) or relative (e.g. 42m for 42 minutes).")
    String until;

    @Option(names = "--details", description = "Accepted for compatibility; log attributes are not kept.")
    boolean details;

    @Parameters(index = "0", paramLabel = "CONTAINER")
    String container;

    @Override
    public Integer call() throws IOException {
        if (!tail.equals("all") && !tail.matches("-?\\d+")) {
            throw new ParameterException(spec.commandLine(), "--tail: \"" + tail + "\" is not a number or all");
        }
        Instant now = Instant.now();
        ZoneId zone = ZoneId.systemDefault();
        LogsOptions options;
        try {
            options = LogsOptions.all().withFollow(follow).withTimestamps(timestamps).withTail(tail)
                    .withWindow(LogTime.toApi("--since", since, now, zone), LogTime.toApi("--until", until, now, zone));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        parent.containers().logs(container, options, new WriterOutputStream(spec.commandLine().getOut()),
                new WriterOutputStream(spec.commandLine().getErr()));
        return 0;
    }
}
