package io.jcompose.cli.container;

import io.jcompose.engine.api.client.AttachOptions;
import io.jcompose.engine.api.client.ContainerApi;
import io.jcompose.engine.api.client.EngineApiException;
import io.jcompose.engine.api.client.HijackedStream;
import io.jcompose.engine.api.client.PendingWait;
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
 * docker's sequence: attach (hijacked) and register the wait (next exit, or removal with {@code --rm}, which the
 * engine does as {@code AutoRemove}) before the start, so no output and no exit is missed; copy the streams, then
 * exit with the container's exit code (docker's 125, 126 and 127 when the engine refuses or the command cannot run).
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

    @Option(names = "--detach-keys", paramLabel = "KEYS", description = "Override the key sequence for detaching.")
    String detachKeys;

    @Option(names = "--sig-proxy", arity = "0..1", defaultValue = "true", fallbackValue = "true",
            description = "Proxy received signals to the process (accepted; signals are not forwarded yet).")
    boolean sigProxy;

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
        if (detach) {
            Integer failed = start(api, id, err);
            if (failed != null) {
                return failed;
            }
            out.println(id);
            out.flush();
            return 0;
        }
        try (HijackedStream stream = api.attach(id, AttachOptions.live(options.interactive)
                .withDetachKeys(detachKeys), options.tty);
                PendingWait wait = api.startWait(id, options.rm ? WaitCondition.REMOVED : WaitCondition.NEXT_EXIT)) {
            Integer failed = start(api, id, err);
            if (failed != null) {
                return failed;
            }
            WriterOutputStream stdout = new WriterOutputStream(out);
            stream.copy(options.interactive ? parent.stdin() : null, stdout,
                    options.tty ? stdout : new WriterOutputStream(err));
            ContainerWaitJson exit = wait.result();
            if (exit.error() != null && exit.error().message() != null) {
                err.println("Error waiting for container: " + exit.error().message());
                err.flush();
                return ContainerCreateCommand.ENGINE_REFUSED;
            }
            return (int) exit.statusCode();
        }
    }

    /** Starts the container; on a refusal prints it, removes a {@code --rm} container and returns the exit code. */
    private Integer start(ContainerApi api, String id, PrintWriter err) throws IOException {
        try {
            api.start(id);
            return null;
        } catch (EngineApiException e) {
            err.println(e.getMessage());
            err.flush();
            if (options.rm) {
                removeQuietly(api, id);
            }
            return startFailure(e.engineMessage());
        }
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

    /** {@code --rm} after a failed start: the engine removes only containers that ran. */
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
