package io.jcompose.cli.container;

import io.jcompose.engine.api.client.ContainerApi;
import io.jcompose.engine.api.client.EngineApiException;
import io.jcompose.engine.api.client.LogsOptions;
import io.jcompose.engine.api.client.WaitCondition;
import io.jcompose.engine.api.json.ContainerCreateJson;
import io.jcompose.engine.api.json.ContainerWaitJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code jcompose container run IMAGE [COMMAND] [ARG...]}: create and start; with {@code -d} print the ID, else
 * stream the output until the container stops and exit with its exit code (docker's 125, 126 and 127 when the
 * engine refuses or the command cannot run). The output is read with a following logs request (the engine has
 * no attach yet), so {@code --rm} is done by this command after the exit, and by the engine only with {@code -d}.
 */
@Command(name = "run", description = "Create and run a new container from an image.")
public final class ContainerRunCommand implements Callable<Integer> {

    @ParentCommand
    ContainerCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    CreateOptions options;

    @Option(names = {"-d", "--detach"}, description = "Run container in background and print container ID.")
    boolean detach;

    @Override
    public Integer call() throws IOException {
        ContainerCreateJson body = ContainerCreateCommand.body(spec, parent, options,
                detach ? CreateBody.Mode.RUN_DETACHED : CreateBody.Mode.RUN);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ContainerApi api = parent.containers();
        String id;
        try {
            id = new ContainerCreator(api, parent.images(), err).create(options.name, body, options.pull).id();
        } catch (EngineApiException e) {
            err.println(e.getMessage());
            err.flush();
            return ContainerCreateCommand.ENGINE_REFUSED;
        }
        if (!detach && options.interactive) {
            err.println("jcompose: -i: attaching stdin is not supported yet; the container's stdin stays unconnected");
            err.flush();
        }
        try {
            api.start(id);
        } catch (EngineApiException e) {
            err.println(e.getMessage());
            err.flush();
            if (options.rm && !detach) {
                removeQuietly(api, id);
            }
            return startFailure(e.engineMessage());
        }
        if (detach) {
            out.println(id);
            out.flush();
            return 0;
        }
        api.logs(id, LogsOptions.all().withFollow(true), new WriterOutputStream(out), new WriterOutputStream(err));
        ContainerWaitJson exit = api.wait(id, WaitCondition.NOT_RUNNING);
        if (options.rm) {
            removeQuietly(api, id);
        }
        if (exit.error() != null && exit.error().message() != null) {
            err.println("Error: " + exit.error().message());
            err.flush();
            return ContainerCreateCommand.ENGINE_REFUSED;
        }
        return (int) exit.statusCode();
    }

    /** Docker's exit code for a start the engine refused: 127 no such command, 126 not executable, else 125. */
    static int startFailure(String message) {
        if (message.contains("executable file not found") || message.contains("no such file or directory")) {
            return 127;
        }
        if (message.contains("permission denied") || message.contains("is a directory")) {
            return 126;
        }
        return ContainerCreateCommand.ENGINE_REFUSED;
    }

    /** {@code --rm}: a container the engine already removed (or is removing) is fine. */
    private static void removeQuietly(ContainerApi api, String id) throws IOException {
        try {
            api.remove(id, true, true);
        } catch (EngineApiException e) {
            if (e.status() != 404 && e.status() != 409) {
                throw e;
            }
        }
    }
}
