package io.jcompose.runtime.container.exec;

import io.jcompose.runtime.container.ContainerException;
import io.jcompose.runtime.container.ContainerId;
import io.jcompose.runtime.sys.Terminal;
import java.util.Optional;

/** One registered exec and the part of it that changes: started once, running, then its exit code. */
final class ExecEntry {

    private final ExecId id;
    private final ContainerId container;
    private final ExecSpec spec;
    private boolean running;
    private Integer exitCode;
    private long pid;
    private Terminal terminal;
    private int rows;
    private int columns;

    ExecEntry(ExecId id, ContainerId container, ExecSpec spec) {
        this.id = id;
        this.container = container;
        this.spec = spec;
    }

    ContainerId container() {
        return container;
    }

    ExecSpec spec() {
        return spec;
    }

    /** Marks it running, or refuses with docker's 409 when it ran or runs already. */
    synchronized void claim() {
        if (exitCode != null) {
            throw new ContainerException(ContainerException.Kind.CONFLICT, "exec command " + id + " has already run");
        }
        if (running) {
            throw new ContainerException(ContainerException.Kind.CONFLICT, "exec command " + id
                    + " is already running");
        }
        running = true;
    }

    synchronized void started(long hostPid) {
        pid = hostPid;
    }

    synchronized void exited(int code) {
        running = false;
        exitCode = code;
        terminal = null;
    }

    /** The running exec's terminal: the last size asked for is applied at once. */
    synchronized void terminal(Terminal t) {
        terminal = t;
        applySize();
    }

    /** Docker's resize: applied now if the terminal exists, else when it does. */
    synchronized void resize(int height, int width) {
        rows = height;
        columns = width;
        applySize();
    }

    private void applySize() {
        if (terminal != null && rows > 0 && columns > 0) {
            try {
                terminal.resize(rows, columns);
            } catch (java.io.IOException e) {
                // the process just ended: nothing to size any more
            }
        }
    }

    synchronized ExecInstance snapshot() {
        return new ExecInstance(id, container, spec, running, Optional.ofNullable(exitCode), pid);
    }
}
