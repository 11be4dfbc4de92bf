package io.jcompose.cli.compose;

import io.jcompose.cli.JcomposeCommand;
import io.jcompose.cli.build.BuildFlags;
import io.jcompose.cli.compose.exec.BuildOptions;
import io.jcompose.cli.compose.exec.EngineApis;
import io.jcompose.cli.compose.exec.Progress;
import io.jcompose.cli.compose.exec.ServiceBuilds;
import io.jcompose.cli.compose.plan.Desired;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code jcompose build [SERVICE...]}: builds the images of the services with {@code build:}, in parallel, each
 * line of build output prefixed by its service ({@code web  | Step 1/3 : FROM bb}), on stderr with the progress.
 */
@Command(name = "build", description = "Build or rebuild services.")
public final class BuildCommand implements Callable<Integer> {

    @ParentCommand
    JcomposeCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--no-cache", description = "Do not use cache when building the image.")
    boolean noCache;

    @Option(names = "--pull", description = "Always attempt to pull a newer version of the image.")
    boolean pull;

    @Option(names = "--build-arg", paramLabel = "KEY[=VALUE]", description = "Set build-time variables for services.")
    List<String> buildArgs = new ArrayList<>();

    @Option(names = {"-q", "--quiet"}, description = "Don't print anything to STDOUT.")
    boolean quiet;

    @Parameters(paramLabel = "SERVICE", arity = "0..*")
    List<String> services = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        Desired desired = ComposeContext.load(root, spec);
        BuildOptions options = new BuildOptions(noCache, pull,
                BuildFlags.buildArgs(buildArgs, root.invocation().environment()), quiet);
        PrintWriter err = spec.commandLine().getErr();
        EngineApis engine = ComposeContext.engine(root, spec);
        ServiceBuilds builds = new ServiceBuilds(ComposeContext.builds(root, spec), engine.images(), err,
                quiet ? event -> { } : Progress.of(err));
        try {
            builds.build(desired.project(), services, options);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
        return 0;
    }
}
