package io.jcompose.cli.compose;

import io.jcompose.cli.compose.exec.OneOff;
import io.jcompose.cli.container.WriterOutputStream;
import io.jcompose.cli.terminal.LocalTerminal;
import io.jcompose.engine.api.client.AttachOptions;
import io.jcompose.engine.api.client.ContainerApi;
import io.jcompose.engine.api.client.EngineApiException;
import io.jcompose.engine.api.client.HijackedStream;
import io.jcompose.engine.api.client.PendingWait;
import io.jcompose.engine.api.client.WaitCondition;
import io.jcompose.engine.api.json.ContainerWaitJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * Starts a created one-off container: detached, its name printed; attached, docker's order (attach and register
 * the wait before the start, so no output and no exit is missed), its output copied, its exit code returned, and
 * with {@code --rm} nothing left behind.
 */
final class OneOffRun {

    private final ContainerApi containers;
    private final PrintWriter out;
    private final PrintWriter err;
    private final InputStream stdin;

    OneOffRun(ContainerApi containers, PrintWriter out, PrintWriter err) {
        this(containers, out, err, System.in);
    }

    OneOffRun(ContainerApi containers, PrintWriter out, PrintWriter err, InputStream stdin) {
        this.containers = containers;
        this.out = out;
        this.err = err;
        this.stdin = stdin;
    }

    int run(String id, OneOff oneOff, boolean detach) throws IOException {
        if (detach) {
            startOrRemove(id, oneOff);
            out.println(oneOff.name());
            out.flush();
            return 0;
        }
        int code;
        try (HijackedStream stream = containers.attach(id, AttachOptions.live(oneOff.interactive()), oneOff.tty());
                PendingWait wait = containers.startWait(id, oneOff.autoRemove() ? WaitCondition.REMOVED
                        : WaitCondition.NEXT_EXIT)) {
            startOrRemove(id, oneOff);
            WriterOutputStream stdout = new WriterOutputStream(out);
            // a TTY one-off on the user's terminal: raw keys to the container, its size following the window
            Optional<LocalTerminal> terminal = oneOff.tty() && oneOff.interactive() ? LocalTerminal.raw()
                    : Optional.empty();
            try {
                terminal.ifPresent(t -> {
                    LocalTerminal.size().ifPresent(size -> resize(id, size.get(0), size.get(1)));
                    t.onResize((rows, columns) -> {
                        resize(id, rows, columns);
                        return 0;
                    });
                });
                stream.copy(oneOff.interactive() ? stdin : null, stdout,
                        oneOff.tty() ? stdout : new WriterOutputStream(err));
            } finally {
                terminal.ifPresent(LocalTerminal::close);
            }
            ContainerWaitJson exit = wait.result();
            code = (int) exit.statusCode();
        }
        if (oneOff.autoRemove()) {
            removeQuietly(id);
        }
        return code;
    }

    private void resize(String id, int rows, int columns) {
        try {
            containers.resize(id, rows, columns);
        } catch (IOException e) {
            // the container just ended: nothing to size
        }
    }

    private void startOrRemove(String id, OneOff oneOff) throws IOException {
        try {
            containers.start(id);
        } catch (IOException | RuntimeException e) {
            if (oneOff.autoRemove()) {
                removeQuietly(id);
            }
            throw e;
        }
    }

    /** {@code --rm}: the engine's AutoRemove may have been first; a missing container is no error. */
    private void removeQuietly(String id) throws IOException {
        try {
            containers.remove(id, true, true);
        } catch (EngineApiException e) {
            if (e.status() != 404 && e.status() != 409) {
                throw e;
            }
        }
    }
}
