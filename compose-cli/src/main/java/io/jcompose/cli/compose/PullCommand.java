package io.jcompose.cli.compose;

import io.jcompose.cli.JcomposeCommand;
import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.model.error.ComposeException;
import io.jcompose.model.project.Service;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jcompose pull [SERVICE...]}: the services' images, pulled through the engine as docker compose v2 does. */
@Command(name = "pull", description = "Pull service images.")
public final class PullCommand implements Callable<Integer> {

    @ParentCommand
    JcomposeCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--ignore-buildable", description = "Ignore images that can be built.")
    boolean ignoreBuildable;

    @Option(names = "--ignore-pull-failures", description = "Pull what it can and ignores images with pull "
            + "failures.")
    boolean ignoreFailures;

    @Option(names = "--include-deps", description = "Also pull services declared as dependencies.")
    boolean includeDeps;

    @Option(names = "--policy", paramLabel = "POLICY", description = "Apply pull policy (\"missing\"|\"always\").")
    ServiceImages.Policy policy;

    @Option(names = {"-q", "--quiet"}, description = "Pull without printing progress information.")
    boolean quiet;

    @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Services to pull (default: all).")
    List<String> services = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        Desired desired = ComposeContext.load(root, spec);
        List<Service> chosen = selected(desired, services, includeDeps).stream()
                .filter(s -> !(ignoreBuildable && s.build() != null)).toList();
        PrintWriter err = spec.commandLine().getErr();
        ServiceImages pulls = new ServiceImages(ComposeContext.engine(root, spec).images(), line -> {
            if (!quiet) {
                err.println(line);
                err.flush();
            }
        });
        pulls.pull(chosen, policy, ignoreFailures).forEach(err::println);
        err.flush();
        return 0;
    }

    /** The services named (all when none), in the project's order; dependencies too with {@code withDeps}. */
    static List<Service> selected(Desired desired, List<String> named, boolean withDeps) {
        if (named.isEmpty()) {
            return List.copyOf(desired.project().services().values());
        }
        Set<String> wanted = new java.util.HashSet<>();
        for (String n : named) {
            if (desired.project().service(n) == null) {
                throw new ComposeException("no such service: " + n);
            }
            wanted.add(n);
            if (withDeps) {
                wanted.addAll(desired.graph().transitiveDependenciesOf(n));
            }
        }
        return desired.project().services().values().stream().filter(s -> wanted.contains(s.name())).toList();
    }
}
