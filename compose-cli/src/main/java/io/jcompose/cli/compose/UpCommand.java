package io.jcompose.cli.compose;

import io.jcompose.cli.JcomposeCommand;
import io.jcompose.cli.command.VersionCommand;
import io.jcompose.cli.compose.exec.ContainerBodies;
import io.jcompose.cli.compose.exec.EngineApis;
import io.jcompose.cli.compose.exec.FileMounts;
import io.jcompose.cli.compose.exec.Progress;
import io.jcompose.cli.compose.exec.ReadyWaiter;
import io.jcompose.cli.compose.exec.ServiceBuilds;
import io.jcompose.cli.compose.exec.UpExecutor;
import io.jcompose.cli.compose.plan.Action;
import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.cli.compose.plan.Observed;
import io.jcompose.cli.compose.plan.Plan;
import io.jcompose.cli.compose.plan.Planner;
import io.jcompose.cli.compose.plan.UpOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code jcompose up [SERVICE...]}: observe what the engine has of the project, plan what is missing or out of date
 * (each action with its reason), execute the plan along the dependency graph, then, unless detached, follow the
 * containers' output until they stop or Ctrl-C stops them; {@code --dry-run} only prints the plan.
 */
@Command(name = "up", description = "Create and start containers.")
public final class UpCommand implements Callable<Integer> {

    @ParentCommand
    JcomposeCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    UpFlags flags;

    @Option(names = "--dry-run", description = "Print the plan, each action with its reason, and change nothing.")
    boolean dryRun;

    @Parameters(paramLabel = "SERVICE", arity = "0..*")
    List<String> services = List.of();

    @Override
    public Integer call() throws IOException {
        flags.validate(spec);
        PrintWriter err = spec.commandLine().getErr();
        Desired desired = ComposeContext.load(root, spec);
        ServiceSelection.check(desired, services);
        Map<String, Integer> scale = scale(desired);
        ServiceSelection.check(desired, flags.attach);
        ServiceSelection.check(desired, flags.noAttach);
        if (flags.exitCodeFrom != null) {
            ServiceSelection.check(desired, List.of(flags.exitCodeFrom));
        }
        Set<String> scope = ServiceSelection.scope(desired, services, flags.noDeps);
        UpOptions options = new UpOptions(flags.forceRecreate, flags.noRecreate, flags.removeOrphans, timeout(),
                Duration.ofSeconds(flags.waitTimeout), scope, Set.copyOf(services), scale, flags.noStart,
                flags.alwaysRecreateDeps, flags.pull, flags.quietPull, flags.renewAnonVolumes);
        EngineApis engine = ComposeContext.engine(root, spec);
        boolean dryRun = this.dryRun || root.dryRun();
        if (!dryRun) {
            try {
                new ServiceBuilds(ComposeContext.builds(root, spec), engine.images(), err, Progress.of(err))
                        .ensure(desired.project(), scope, flags.buildPolicy());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 130;
            }
        }
        Plan plan = Planner.plan(desired, Observed.of(desired, engine.containers(), engine.networks(),
                engine.volumes()).withImages(desired, engine.images()), options);
        plan.warnings().forEach(w -> ComposeContext.warn(spec, w));
        FileMounts.warnings(desired.project(), plan).forEach(w -> ComposeContext.warn(spec, w));
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
        Instant started = Instant.now();
        try {
            new UpExecutor(engine, desired, bodies, Progress.of(err), options, Duration.ofMillis(500)).run(plan);
            if (flags.noStart) {
                return 0;
            }
            if (flags.detach()) {
                if (flags.waitReady) {
                    new ReadyWaiter(engine, desired, options, Progress.of(err), Duration.ofMillis(500))
                            .await(Duration.ofSeconds(flags.waitTimeout));
                }
                return 0;
            }
            Set<String> attached = ServiceSelection.attached(services, scope, flags.attach, flags.noAttach,
                    flags.attachDependencies);
            return new AttachedUp(root, spec, flags, engine, desired, scope, attached).run(started);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    private OptionalInt timeout() {
        return flags.timeout == null ? OptionalInt.empty() : OptionalInt.of(flags.timeout);
    }

    /** {@code --scale SERVICE=NUM}, each service checked. */
    private Map<String, Integer> scale(Desired desired) {
        Map<String, Integer> scale = new LinkedHashMap<>();
        for (String s : flags.scale) {
            int eq = s.indexOf('=');
            String service = eq < 0 ? s : s.substring(0, eq);
            String number = eq < 0 ? "" : s.substring(eq + 1);
            if (!number.matches("\\d{1,6}")) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--scale: \"" + s + "\" is not SERVICE=NUM");
            }
            ServiceSelection.check(desired, List.of(service));
            scale.put(service, Integer.parseInt(number));
        }
        return scale;
    }
}
