package io.jcompose.cli.compose;

import io.jcompose.cli.JcomposeCommand;
import java.io.IOException;
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
 * {@code jcompose scale SERVICE=NUM...}: docker compose's shorthand for {@code up -d --scale SERVICE=NUM SERVICE}
 * (dependencies too, unless {@code --no-deps}); the same plan, with its reasons, and the same executor.
 */
@Command(name = "scale", description = "Scale services.")
public final class ScaleCommand implements Callable<Integer> {

    @ParentCommand
    JcomposeCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--no-deps", description = "Don't start linked services.")
    boolean noDeps;

    @Parameters(paramLabel = "SERVICE=REPLICAS", arity = "1..*", description = "Services and their replica counts.")
    List<String> scales = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        UpCommand up = new UpCommand();
        up.root = root;
        up.spec = spec;
        up.flags = new UpFlags();
        up.flags.detach = true;
        up.flags.noDeps = noDeps;
        up.flags.waitTimeout = 120;
        up.flags.scale = new ArrayList<>(scales);
        List<String> services = new ArrayList<>();
        for (String s : scales) {
            int eq = s.indexOf('=');
            services.add(eq < 0 ? s : s.substring(0, eq));
        }
        up.services = services;
        return up.call();
    }
}
