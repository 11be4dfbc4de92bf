package io.jcompose.cli.compose;

import io.jcompose.cli.JcomposeCommand;
import io.jcompose.cli.command.VersionCommand;
import io.jcompose.cli.compose.exec.BuildPolicy;
import io.jcompose.cli.compose.exec.ContainerBodies;
import io.jcompose.cli.compose.exec.EngineApis;
import io.jcompose.cli.compose.exec.FileMounts;
import io.jcompose.cli.compose.exec.Progress;
import io.jcompose.cli.compose.exec.ServiceBuilds;
import io.jcompose.cli.compose.exec.UpExecutor;
import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.cli.compose.plan.Observed;
import io.jcompose.cli.compose.plan.Plan;
import io.jcompose.cli.compose.plan.Planner;
import io.jcompose.cli.compose.plan.Scale;
import io.jcompose.cli.compose.plan.UpOptions;
import io.jcompose.model.error.ComposeException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code jcompose create [SERVICE...]}: {@code up --no-start}, the same plan (networks, volumes, containers, each
 * with its reason) executed without starting anything; the services named and their dependencies.
 */
@Command(name = "create", description = "Creates containers for a service.")
public final class CreateCommand implements Callable<Integer> {

    @ParentCommand
    JcomposeCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--build", description = "Build images before starting containers.")
    boolean build;

    @Option(names = "--no-build", description = "Don't build an image, even if it's policy.")
    boolean noBuild;

    @Option(names = "--force-recreate", description = "Recreate containers even if their configuration and image "
            + "haven't changed.")
    boolean forceRecreate;

    @Option(names = "--no-recreate", description = "If containers already exist, don't recreate them.")
    boolean noRecreate;

    @Option(names = "--pull", paramLabel = "POLICY", defaultValue = "policy", description = "Pull image before "
            + "running (\"always\"|\"missing\"|\"never\"|\"build\") (default: ${DEFAULT-VALUE}).")
    String pull;

    @Option(names = "--quiet-pull", description = "Pull without printing progress information.")
    boolean quietPull;

    @Option(names = "--remove-orphans", description = "Remove containers for services not defined in the Compose "
            + "file.")
    boolean removeOrphans;

    @Option(names = "--scale", paramLabel = "SERVICE=NUM", description = "Scale SERVICE to NUM instances. Overrides "
            + "the `scale` setting in the Compose file if present.")
    List<String> scale = new ArrayList<>();

    @Option(names = {"-y", "--yes"}, description = "Assume \"yes\" as answer to all prompts and run "
            + "non-interactively.")
    boolean yes;

    @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Services to create (default: all).")
    List<String> services = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        if (forceRecreate && noRecreate) {
            throw new ParameterException(spec.commandLine(), "--force-recreate and --no-recreate are incompatible");
        }
        Desired loaded = ComposeContext.load(root, spec);
        Desired desired = Scale.apply(loaded, Scale.parse(loaded, scale));
        Set<String> chosen = withDependencies(desired, services);
        EngineApis engine = ComposeContext.engine(root, spec);
        try {
            new ServiceBuilds(ComposeContext.builds(root, spec), engine.images(), spec.commandLine().getErr(),
                    Progress.of(spec.commandLine().getErr()))
                    .ensure(desired.project(), chosen, build ? BuildPolicy.ALWAYS
                            : noBuild ? BuildPolicy.NEVER : BuildPolicy.MISSING);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
        UpOptions options = new UpOptions(forceRecreate, noRecreate, removeOrphans, OptionalInt.empty(),
                UpOptions.DEFAULTS.dependencyTimeout());
        Plan plan = Planner.plan(desired, Observed.of(desired, engine.containers(), engine.networks(),
                engine.volumes()).withImages(desired, engine.images()), options);
        plan.warnings().forEach(w -> ComposeContext.warn(spec, w));
        FileMounts.warnings(desired.project(), plan).forEach(w -> ComposeContext.warn(spec, w));
        UpExecutor executor = new UpExecutor(engine, desired, new ContainerBodies(desired, VersionCommand.version()),
                Progress.of(spec.commandLine().getErr()), options, Duration.ofMillis(500)).withoutStart();
        try {
            if (services.isEmpty()) {
                executor.run(plan);
            } else {
                executor.onlyServices(chosen).run(removeOrphans ? plan : plan.only(chosen));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
        return 0;
    }

    /** The services named (all when none) and everything they depend on; an unknown name is an error. */
    static Set<String> withDependencies(Desired desired, List<String> named) {
        if (named.isEmpty()) {
            return new LinkedHashSet<>(desired.project().services().keySet());
        }
        Set<String> out = new LinkedHashSet<>();
        for (String s : named) {
            if (desired.project().service(s) == null) {
                throw new ComposeException("no such service: " + s);
            }
            out.add(s);
            out.addAll(desired.graph().transitiveDependenciesOf(s));
        }
        return out;
    }
}
