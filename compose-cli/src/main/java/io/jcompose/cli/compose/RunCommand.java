package io.jcompose.cli.compose;

import io.jcompose.cli.JcomposeCommand;
import io.jcompose.cli.command.VersionCommand;
import io.jcompose.cli.compose.exec.BuildPolicy;
import io.jcompose.cli.compose.exec.ContainerBodies;
import io.jcompose.cli.compose.exec.EngineApis;
import io.jcompose.cli.compose.exec.FileCopies;
import io.jcompose.cli.compose.exec.FileMounts;
import io.jcompose.cli.compose.exec.ImagePuller;
import io.jcompose.cli.compose.exec.OneOff;
import io.jcompose.cli.compose.exec.Progress;
import io.jcompose.cli.compose.exec.ServiceBuilds;
import io.jcompose.cli.compose.exec.UpExecutor;
import io.jcompose.cli.compose.plan.Action;
import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.cli.compose.plan.Observed;
import io.jcompose.cli.compose.plan.Plan;
import io.jcompose.cli.compose.plan.Planner;
import io.jcompose.cli.compose.plan.UpOptions;
import io.jcompose.cli.image.Terminal;
import io.jcompose.model.error.ComposeException;
import io.jcompose.model.project.Service;
import java.io.IOException;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
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
 * {@code jcompose run SERVICE [COMMAND]}: a one-off container as docker compose v2 makes it: the service's
 * dependencies brought up first (unless {@code --no-deps}), then {@code PROJECT-SERVICE-run-SLUG} created, started
 * and attached to; the exit code is the container's. {@code -d} prints its name instead.
 */
@Command(name = "run", description = "Run a one-off command on a service.")
public final class RunCommand implements Callable<Integer> {

    @ParentCommand
    JcomposeCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    RunFlags flags = new RunFlags();

    @Parameters(index = "0", paramLabel = "SERVICE")
    String service;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "COMMAND", description = "The command and its "
            + "arguments (default: the service's).")
    List<String> command = new ArrayList<>();

    @Option(names = {"-d", "--detach"}, description = "Run container in background and print container name.")
    boolean detach;

    @Override
    public Integer call() throws IOException {
        Desired desired = ComposeContext.load(root, spec);
        Service s = desired.project().service(service);
        if (s == null) {
            throw new ComposeException("no such service: " + service);
        }
        OneOff oneOff = flags.oneOff(desired, service, command.isEmpty() ? null : command,
                OneOff.newSlug(new SecureRandom()), root.invocation().environment(), detach,
                Terminal.attached());
        EngineApis engine = ComposeContext.engine(root, spec);
        PrintWriter err = spec.commandLine().getErr();
        try {
            Set<String> scope = new HashSet<>(flags.noDeps ? Set.of()
                    : desired.graph().transitiveDependenciesOf(service));
            scope.add(service);
            new ServiceBuilds(ComposeContext.builds(root, spec), engine.images(), err, Progress.of(err))
                    .ensure(desired.project(), scope, flags.build ? BuildPolicy.ALWAYS : BuildPolicy.MISSING);
            dependencies(desired, engine, Progress.of(err));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
        if (!desired.builds(service)) {
            new ImagePuller(engine.images(), Progress.of(err)).ensure(Map.of(service, desired.image(service)));
        }
        FileMounts.warnings(desired.project(), List.of(service)).forEach(w -> ComposeContext.warn(spec, w));
        String id = engine.containers().create(oneOff.name(),
                new ContainerBodies(desired, VersionCommand.version()).oneOff(service, oneOff)).id();
        new FileCopies(engine.archives(), desired).into(id, service);
        return new OneOffRun(engine.containers(), spec.commandLine().getOut(), err).run(id, oneOff, detach);
    }

    /** Brings up what the service depends on (only networks and volumes with {@code --no-deps}). */
    private void dependencies(Desired desired, EngineApis engine, Progress progress)
            throws IOException, InterruptedException {
        Set<String> deps = flags.noDeps ? Set.of() : new HashSet<>(desired.graph().transitiveDependenciesOf(service));
        UpOptions options = new UpOptions(false, false, flags.removeOrphans, OptionalInt.empty(),
                UpOptions.DEFAULTS.dependencyTimeout());
        Plan full = Planner.plan(desired, Observed.of(desired, engine.containers(), engine.networks(),
                engine.volumes()), options);
        Plan scoped = full.only(deps);
        if (flags.removeOrphans) {
            List<Action> actions = new ArrayList<>(scoped.actions());
            full.of(Action.RemoveContainer.class).stream()
                    .filter(r -> desired.project().service(r.existing().service()) == null).forEach(actions::add);
            scoped = new Plan(actions, scoped.warnings());
        }
        scoped.warnings().forEach(w -> ComposeContext.warn(spec, w));
        FileMounts.warnings(desired.project(), scoped).forEach(w -> ComposeContext.warn(spec, w));
        new UpExecutor(engine, desired, new ContainerBodies(desired, VersionCommand.version()), progress, options,
                Duration.ofMillis(500)).onlyServices(deps).run(scoped);
    }
}
