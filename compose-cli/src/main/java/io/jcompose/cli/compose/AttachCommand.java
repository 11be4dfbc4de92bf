package io.jcompose.cli.compose;

import io.jcompose.cli.JcomposeCommand;
import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.cli.compose.plan.ObservedContainer;
import io.jcompose.cli.container.WriterOutputStream;
import io.jcompose.cli.terminal.LocalTerminal;
import io.jcompose.engine.api.client.AttachOptions;
import io.jcompose.engine.api.client.ContainerApi;
import io.jcompose.engine.api.client.HijackedStream;
import io.jcompose.engine.api.client.PendingWait;
import io.jcompose.engine.api.client.WaitCondition;
import io.jcompose.engine.api.json.ContainerInspectJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code jcompose attach SERVICE}: the service container's output from now on and, unless {@code --no-stdin}, the
 * user's input into it (on the user's terminal, raw, with its size, when the container has a TTY); the exit code
 * is the container's once it ends, 0 after a detach.
 */
@Command(name = "attach", description = "Attach local standard input, output, and error streams to a service's "
        + "running container.")
public final class AttachCommand implements Callable<Integer> {

    @ParentCommand
    JcomposeCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--index", paramLabel = "N", defaultValue = "1", description = "index of the container if service "
            + "has multiple replicas.")
    int index;

    @Option(names = "--no-stdin", description = "Do not attach STDIN.")
    boolean noStdin;

    @Option(names = "--detach-keys", paramLabel = "KEYS", description = "Override the key sequence for detaching "
            + "from a container.")
    String detachKeys;

    @Option(names = "--sig-proxy", defaultValue = "true", arity = "0..1", description = "Proxy all received signals "
            + "to the process (accepted; signals are not proxied yet).")
    boolean sigProxy;

    @Parameters(index = "0", paramLabel = "SERVICE")
    String service;

    @Override
    public Integer call() throws IOException {
        Desired desired = ComposeContext.load(root, spec);
        ContainerApi api = ComposeContext.engine(root, spec).containers();
        ObservedContainer target = ServiceContainers.running(desired, api, service, index);
        ContainerInspectJson c = api.inspect(target.id());
        boolean tty = c.config() != null && Boolean.TRUE.equals(c.config().tty());
        boolean stdin = !noStdin && c.config() != null && Boolean.TRUE.equals(c.config().openStdin());
        PrintWriter err = spec.commandLine().getErr();
        try (PendingWait wait = api.startWait(target.id(), WaitCondition.NEXT_EXIT);
                HijackedStream stream = api.attach(target.id(), AttachOptions.live(stdin)
                        .withDetachKeys(detachKeys), tty)) {
            WriterOutputStream out = new WriterOutputStream(spec.commandLine().getOut());
            Optional<LocalTerminal> terminal = tty && stdin ? LocalTerminal.raw() : Optional.empty();
            try {
                terminal.ifPresent(t -> {
                    LocalTerminal.size().ifPresent(s -> resize(api, target.id(), s.get(0), s.get(1)));
                    t.onResize((rows, columns) -> {
                        resize(api, target.id(), rows, columns);
                        return 0;
                    });
                });
                stream.copy(stdin ? System.in : null, out, tty ? out : new WriterOutputStream(err));
            } finally {
                terminal.ifPresent(LocalTerminal::close);
            }
            ContainerInspectJson after = api.inspect(target.id());
            if (after.state() != null && after.state().running()) {
                return 0; // detached (the detach keys), the container goes on
            }
            return (int) wait.result().statusCode();
        }
    }

    private static void resize(ContainerApi api, String id, int rows, int columns) {
        try {
            api.resize(id, rows, columns);
        } catch (IOException e) {
            // it just ended: nothing to size
        }
    }
}
