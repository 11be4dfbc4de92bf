package io.jcompose.cli.compose;

import io.jcompose.cli.JcomposeCommand;
import io.jcompose.cli.compose.exec.DownExecutor;
import io.jcompose.cli.compose.exec.EngineApis;
import io.jcompose.cli.compose.exec.Progress;
import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.cli.compose.plan.Observed;
import java.io.IOException;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code jcompose down}: stop and remove the project's containers (dependents first) and its networks; with
 * {@code -v} also its named volumes and the containers' anonymous volumes.
 */
@Command(name = "down", description = "Stop and remove containers, networks.")
public final class DownCommand implements Callable<Integer> {

    @ParentCommand
    JcomposeCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--remove-orphans", description = "Remove containers for services not defined in the Compose "
            + "file.")
    boolean removeOrphans;

    @Option(names = {"-t", "--timeout"}, paramLabel = "SECONDS", description = "Specify a shutdown timeout in "
            + "seconds.")
    Integer timeout;

    @Option(names = {"-v", "--volumes"}, description = "Remove named volumes declared in the \"volumes\" section of "
            + "the Compose file and anonymous volumes attached to containers.")
    boolean volumes;

    @Override
    public Integer call() throws IOException {
        Desired desired = ComposeContext.load(root, spec);
        EngineApis engine = ComposeContext.engine(root, spec);
        Observed observed = Observed.of(desired.name(), engine.containers(), engine.networks());
        List<String> warnings;
        try {
            warnings = new DownExecutor(engine, Progress.of(spec.commandLine().getErr())).run(desired, observed,
                    removeOrphans, timeout == null ? OptionalInt.empty() : OptionalInt.of(timeout), volumes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
        warnings.forEach(w -> ComposeContext.warn(spec, w));
        return 0;
    }
}
