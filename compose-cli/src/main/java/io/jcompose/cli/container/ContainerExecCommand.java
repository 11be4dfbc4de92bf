package io.jcompose.cli.container;

import io.jcompose.cli.terminal.LocalTerminal;
import io.jcompose.engine.api.client.ExecApi;
import io.jcompose.engine.api.json.ExecConfigJson;
import io.jcompose.engine.api.json.ExecInspectJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code jcompose container exec [OPTIONS] CONTAINER COMMAND [ARG...]}: docker's sequence (inspect, so that a
 * missing container is the error; exec create; start on a hijacked connection; exec inspect) and its exit codes:
 * the command's own, or 1 when the engine refuses.
 */
@Command(name = "exec", description = "Execute a command in a running container.")
public final class ContainerExecCommand implements Callable<Integer> {

    @ParentCommand
    ContainerCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = {"-d", "--detach"}, description = "Detached mode: run command in the background.")
    boolean detach;

    @Option(names = "--detach-keys", paramLabel = "KEYS", description = "Override the key sequence for detaching.")
    String detachKeys;

    @Option(names = {"-e", "--env"}, paramLabel = "KEY[=VALUE]", description = "Set environment variables.")
    List<String> env = new ArrayList<>();

    @Option(names = "--env-file", paramLabel = "FILE", description = "Read in a file of environment variables.")
    List<String> envFiles = new ArrayList<>();

    @Option(names = {"-i", "--interactive"}, description = "Keep STDIN open even if not attached.")
    boolean interactive;

    @Option(names = "--privileged", description = "Give extended privileges to the command.")
    boolean privileged;

    @Option(names = {"-t", "--tty"}, description = "Allocate a pseudo-TTY.")
    boolean tty;

    @Option(names = {"-u", "--user"}, paramLabel = "USER[:GROUP]", description = "Username or UID (format: "
            + "<name|uid>[:<group|gid>]).")
    String user;

    @Option(names = {"-w", "--workdir"}, paramLabel = "DIR", description = "Working directory inside the container.")
    String workdir;

    @Parameters(index = "0", paramLabel = "CONTAINER")
    String container;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "COMMAND", description = "The command and its "
            + "arguments.")
    List<String> command = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        List<String> environment;
        try {
            environment = EnvVariables.of(envFiles, env, parent.environment(), parent.workingDirectory());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        boolean attach = !detach;
        if (attach && tty && interactive && !parent.terminal()) {
            spec.commandLine().getErr().println("the input device is not a TTY");
            spec.commandLine().getErr().flush();
            return 1;
        }
        parent.containers().inspect(container); // "No such container" before anything is created
        ExecApi execs = parent.execs();
        List<Integer> size = attach && tty ? LocalTerminal.size().orElse(null) : null;
        String id = execs.create(container, new ExecConfigJson(attach && interactive, attach, attach, size,
                detachKeys, tty, environment.isEmpty() ? null : environment, List.copyOf(command), privileged,
                user, workdir));
        if (detach) {
            execs.startDetached(id);
            return 0;
        }
        return run(execs, id, tty, interactive, parent.stdin(), spec);
    }

    /**
     * Starts an exec on a hijacked connection and relays it; with a TTY and a terminal here, the terminal is raw
     * meanwhile and follows the window size. The exec's exit code.
     */
    public static int run(ExecApi execs, String id, boolean tty, boolean interactive, java.io.InputStream stdin,
            CommandSpec spec) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        WriterOutputStream stdout = new WriterOutputStream(out);
        java.util.Optional<LocalTerminal> terminal = tty && interactive ? LocalTerminal.raw()
                : java.util.Optional.empty();
        try {
            terminal.ifPresent(t -> t.onResize((rows, columns) -> {
                try {
                    execs.resize(id, rows, columns);
                } catch (IOException e) {
                    // the exec just ended
                }
                return 0;
            }));
            execs.start(id, tty, interactive ? stdin : null, stdout, tty ? stdout : new WriterOutputStream(err));
        } finally {
            terminal.ifPresent(LocalTerminal::close);
        }
        ExecInspectJson done = execs.inspect(id);
        return done.exitCode() == null ? 0 : done.exitCode();
    }
}
