package io.jcompose.cli.compose;

import io.jcompose.cli.JcomposeCommand;
import io.jcompose.cli.command.VersionCommand;
import io.jcompose.cli.compose.exec.ContainerBodies;
import io.jcompose.cli.compose.exec.EngineApis;
import io.jcompose.cli.compose.exec.Progress;
import io.jcompose.cli.compose.exec.UpExecutor;
import io.jcompose.cli.compose.plan.Action;
import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.cli.compose.plan.Observed;
import io.jcompose.cli.compose.plan.Plan;
import io.jcompose.cli.compose.plan.Planner;
import io.jcompose.cli.compose.plan.UpOptions;
import io.jcompose.model.error.ComposeException;
import io.jcompose.model.error.ExitCodes;
import io.jcompose.model.project.Service;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code jcompose up}: observe what the engine has of the project, plan what is missing or out of date (each
 * action with its reason), and execute the plan along the dependency graph; {@code --dry-run} only prints it.
 */
@Command(name = "up", description = "Create and start containers.")
public final class UpCommand implements Callable<Integer> {

    @ParentCommand
    JcomposeCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = {"-d", "--detach"}, description = "Detached mode: Run containers in the background.")
    boolean detach;

    @Option(names = "--dry-run", description = "Print the plan, each action with its reason, and change nothing.")
    boolean dryRun;

    @Option(names = "--force-recreate", description = "Recreate containers even if their configuration and image "
            + "haven't changed.")
    boolean forceRecreate;

    @Option(names = "--no-recreate", description = "If containers already exist, don't recreate them.")
    boolean noRecreate;

    @Option(names = "--remove-orphans", description = "Remove containers for services not defined in the Compose "
            + "file.")
    boolean removeOrphans;

    @Option(names = {"-t", "--timeout"}, paramLabel = "SECONDS", description = "Use this timeout in seconds for "
            + "container shutdown when containers are recreated.")
    Integer timeout;

    @Option(names = "--wait-timeout", paramLabel = "SECONDS", defaultValue = "120", description = "Maximum "
            + "duration in seconds to wait for a depends_on condition (default: ${DEFAULT-VALUE}).")
    int waitTimeout;

    @Override
    public Integer call() throws IOException {
        if (forceRecreate && noRecreate) {
            throw new ParameterException(spec.commandLine(), "--force-recreate and --no-recreate are incompatible");
        }
        PrintWriter err = spec.commandLine().getErr();
        if (!detach && !dryRun) {
            err.println("attached mode is not supported yet: run 'jcompose up -d' "
                    + "(logs: 'jcompose container logs NAME')");
            err.flush();
            return ExitCodes.USAGE;
        }
        Desired desired = ComposeContext.load(root, spec);
        for (Service s : desired.project().services().values()) {
            if (s.image() == null || s.image().isEmpty()) {
                throw new ComposeException("service \"" + s.name() + "\" has no image: building is not supported "
                        + "yet");
            }
        }
        EngineApis engine = ComposeContext.engine(root, spec);
        UpOptions options = new UpOptions(forceRecreate, noRecreate, removeOrphans,
                timeout == null ? OptionalInt.empty() : OptionalInt.of(timeout), Duration.ofSeconds(waitTimeout));
        Plan plan = Planner.plan(desired, Observed.of(desired, engine.containers(), engine.networks(),
                engine.volumes()), options);
        plan.warnings().forEach(w -> ComposeContext.warn(spec, w));
        if (dryRun) {
            PrintWriter out = spec.commandLine().getOut();
            out.println("Plan for project " + desired.name() + " (dry run, nothing was changed):");
            plan.lines().forEach(l -> out.println("  " + l));
            out.flush();
            return 0;
        }
        for (Action a : plan.actions()) {
            if (!(a instanceof Action.CreateContainer) && !(a instanceof Action.CreateNetwork)
                    && !(a instanceof Action.CreateVolume)) {
                err.println(" - " + a.describe());
            }
        }
        err.flush();
        ContainerBodies bodies = new ContainerBodies(desired, VersionCommand.version());
        try {
            new UpExecutor(engine, desired, bodies, Progress.plain(err), options, Duration.ofMillis(500)).run(plan);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
        return 0;
    }
}
