package io.jcompose.cli.container;

import io.jcompose.engine.api.client.EngineApiException;
import io.jcompose.engine.api.json.ContainerCreateJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jcompose container create IMAGE [COMMAND] [ARG...]}: prints the new container's ID. */
@Command(name = "create", description = "Create a new container.")
public final class ContainerCreateCommand implements Callable<Integer> {

    /** Docker's exit code when the engine refuses to create or start a container. */
    static final int ENGINE_REFUSED = 125;

    @ParentCommand
    ContainerCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    CreateOptions options;

    @Override
    public Integer call() throws IOException {
        ContainerCreateJson body = body(spec, parent, options, CreateBody.Mode.CREATE);
        PrintWriter err = spec.commandLine().getErr();
        try {
            String id = new ContainerCreator(parent.containers(), parent.images(), err)
                    .create(options.name, body, options.pull).id();
            spec.commandLine().getOut().println(id);
            spec.commandLine().getOut().flush();
            return 0;
        } catch (EngineApiException e) {
            err.println(e.getMessage());
            err.flush();
            return ENGINE_REFUSED;
        }
    }

    /** The create body from the flags; a bad flag value is a usage error naming the flag. */
    static ContainerCreateJson body(CommandSpec spec, ContainerCommand parent, CreateOptions options,
            CreateBody.Mode mode) {
        try {
            ContainerCreator.checkPolicy(options.pull);
            return CreateBody.of(options, mode, parent.environment(), parent.workingDirectory());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
