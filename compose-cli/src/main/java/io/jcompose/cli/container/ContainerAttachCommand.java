package io.jcompose.cli.container;

import io.jcompose.engine.api.client.AttachOptions;
import io.jcompose.engine.api.client.ContainerApi;
import io.jcompose.engine.api.client.HijackedStream;
import io.jcompose.engine.api.client.PendingWait;
import io.jcompose.engine.api.client.WaitCondition;
import io.jcompose.engine.api.json.ContainerInspectJson;
import io.jcompose.engine.api.json.ContainerWaitJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code jcompose container attach CONTAINER}: docker's sequence (wait registered, inspect, attach, inspect again
 * so that an exit in between does not leave it hanging), the output until the container stops, then its exit code.
 */
@Command(name = "attach", description = "Attach local standard input, output, and error streams to a running "
        + "container.")
public final class ContainerAttachCommand implements Callable<Integer> {

    @ParentCommand
    ContainerCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--no-stdin", description = "Do not attach STDIN.")
    boolean noStdin;

    @Option(names = "--sig-proxy", arity = "0..1", defaultValue = "true", fallbackValue = "true",
            description = "Proxy all received signals to the process (accepted; signals are not forwarded yet).")
    boolean sigProxy;

    @Option(names = "--detach-keys", paramLabel = "KEYS", description = "Override the key sequence for detaching.")
    String detachKeys;

    @Parameters(index = "0", paramLabel = "CONTAINER")
    String container;

    @Override
    public Integer call() throws IOException {
        ContainerApi api = parent.containers();
        PrintWriter err = spec.commandLine().getErr();
        try (PendingWait wait = api.startWait(container, WaitCondition.NOT_RUNNING)) {
            ContainerInspectJson c = api.inspect(container);
            String refusal = refusal(c);
            if (refusal != null) {
                err.println(refusal);
                err.flush();
                return 1;
            }
            boolean tty = c.config() != null && Boolean.TRUE.equals(c.config().tty());
            boolean stdin = !noStdin && c.config() != null && Boolean.TRUE.equals(c.config().openStdin());
            try (HijackedStream stream = api.attach(container, AttachOptions.live(stdin).withDetachKeys(detachKeys),
                    tty)) {
                refusal = refusal(api.inspect(container));
                if (refusal != null) {
                    err.println(refusal);
                    err.flush();
                    return 1;
                }
                WriterOutputStream out = new WriterOutputStream(spec.commandLine().getOut());
                stream.copy(stdin ? parent.stdin() : null, out, tty ? out : new WriterOutputStream(err));
            }
            ContainerWaitJson exit = wait.result();
            if (exit.error() != null && exit.error().message() != null) {
                err.println(exit.error().message());
                err.flush();
                return 1;
            }
            return (int) exit.statusCode();
        }
    }

    /** Docker's refusal for a container that cannot be attached to, or null. */
    static String refusal(ContainerInspectJson c) {
        if (c.state() == null || !c.state().running()) {
            return "cannot attach to a stopped container, start it first";
        }
        if (c.state().paused()) {
            return "cannot attach to a paused container, unpause it first";
        }
        if (c.state().restarting()) {
            return "cannot attach to a restarting container, wait until it is running";
        }
        return null;
    }
}
