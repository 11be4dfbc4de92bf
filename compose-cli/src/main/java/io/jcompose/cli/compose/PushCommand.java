package io.jcompose.cli.compose;

import io.jcompose.cli.JcomposeCommand;
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
 * {@code jcompose push [SERVICE...]}: pushes the images of services that are built ({@code build} and
 * {@code image} both set), as docker compose v2 does; other services are left out.
 */
@Command(name = "push", description = "Push service images.")
public final class PushCommand implements Callable<Integer> {

    @ParentCommand
    JcomposeCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--ignore-push-failures", description = "Push what it can and ignores images with push "
            + "failures.")
    boolean ignoreFailures;

    @Option(names = "--include-deps", description = "Also push images of services declared as dependencies.")
    boolean includeDeps;

    @Option(names = {"-q", "--quiet"}, description = "Push without printing progress information.")
    boolean quiet;

    @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Services to push (default: all).")
    List<String> services = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        Desired desired = ComposeContext.load(root, spec);
        PrintWriter err = spec.commandLine().getErr();
        ServiceImages pushes = new ServiceImages(ComposeContext.engine(root, spec).images(), line -> {
            if (!quiet) {
                err.println(line);
                err.flush();
            }
        });
        pushes.push(PullCommand.selected(desired, services, includeDeps), ignoreFailures)
                .forEach(w -> ComposeContext.warn(spec, w));
        return 0;
    }
}
