package io.jcompose.cli.compose;

import io.jcompose.cli.JcomposeCommand;
import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.cli.compose.plan.ObservedContainer;
import io.jcompose.cli.container.ContainerExecCommand;
import io.jcompose.cli.container.EnvVariables;
import io.jcompose.cli.image.Terminal;
import io.jcompose.cli.terminal.LocalTerminal;
import io.jcompose.engine.api.client.EngineApiException;
import io.jcompose.engine.api.client.ExecApi;
import io.jcompose.engine.api.client.ExecClient;
import io.jcompose.engine.api.json.ExecConfigJson;
import io.jcompose.model.error.ComposeException;
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
 * {@code jcompose exec SERVICE COMMAND}: docker compose v2's exec in replica {@code --index} of a service, with
 * the command's own exit code. As docker compose does, a TTY is asked for only when stdin is a terminal and
 * {@code -T} is not given; the local terminal is then raw and its size follows the window.
 */
@Command(name = "exec", description = "Execute a command in a running container.")
public final class ExecCommand implements Callable<Integer> {

    @ParentCommand
    JcomposeCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = {"-d", "--detach"}, description = "Detached mode: Run command in the background.")
    boolean detach;

    @Option(names = {"-e", "--env"}, paramLabel = "KEY=VAL", description = "Set environment variables.")
    List<String> env = new ArrayList<>();

    @Option(names = "--index", paramLabel = "N", defaultValue = "1", description = "Index of the container if "
            + "service has multiple replicas (default: ${DEFAULT-VALUE}).")
    int index;

    @Option(names = {"-i", "--interactive"}, arity = "0..1", defaultValue = "true", fallbackValue = "true",
            hidden = true, description = "Keep STDIN open even if not attached.")
    boolean interactive;

    @Option(names = "--privileged", description = "Give extended privileges to the process.")
    boolean privileged;

    @Option(names = {"-T", "--no-TTY"}, description = "Disable pseudo-TTY allocation. By default 'jcompose exec' "
            + "allocates a TTY when stdin is a terminal.")
    boolean noTty;

    @Option(names = {"-u", "--user"}, paramLabel = "USER", description = "Run the command as this user.")
    String user;

    @Option(names = {"-w", "--workdir"}, paramLabel = "DIR", description = "Path to workdir directory for this "
            + "command.")
    String workdir;

    @Parameters(index = "0", paramLabel = "SERVICE")
    String service;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "COMMAND", description = "The command and its "
            + "arguments.")
    List<String> command = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        Desired desired = ComposeContext.load(root, spec);
        ObservedContainer target = ServiceContainers.running(desired,
                ComposeContext.engine(root, spec).containers(), service, index);
        boolean tty = wantsTty(noTty, Terminal.attached());
        List<String> environment = EnvVariables.of(List.of(), env, root.invocation().environment(),
                root.invocation().workingDirectory());
        ExecApi execs = new ExecClient(ComposeContext.socket(root, spec));
        boolean attach = !detach;
        boolean stdin = attach && interactive;
        String id;
        try {
            id = execs.create(target.id(), new ExecConfigJson(stdin, attach, attach,
                    attach && tty ? LocalTerminal.size().orElse(null) : null, null, tty,
                    environment.isEmpty() ? null : environment, List.copyOf(command), privileged, user, workdir));
        } catch (EngineApiException e) {
            throw refusal(e);
        }
        if (detach) {
            execs.startDetached(id);
            return 0;
        }
        return ContainerExecCommand.run(execs, id, tty, stdin, System.in, spec);
    }

    /** docker compose's rule: a TTY unless {@code -T}, and never when stdin is not a terminal. */
    static boolean wantsTty(boolean noTty, boolean stdinIsTerminal) {
        return !noTty && stdinIsTerminal;
    }

    /** The engine's refusal as the user's error. */
    static ComposeException refusal(EngineApiException e) {
        return new ComposeException(e.engineMessage(), e);
    }
}
