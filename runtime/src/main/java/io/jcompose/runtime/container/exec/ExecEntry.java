package io.jcompose.runtime.container.exec;

import io.jcompose.runtime.container.ContainerException;
import io.jcompose.runtime.container.ContainerId;
import java.util.Optional;

/** One registered exec and the part of it that changes: started once, running, then its exit code. */
final class ExecEntry {

    private final ExecId id;
    private final ContainerId container;
    private final ExecSpec spec;
    private boolean running;
    private Integer exitCode;
    private long pid;

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
    }

    synchronized ExecInstance snapshot() {
        return new ExecInstance(id, container, spec, running, Optional.ofNullable(exitCode), pid);
    }
}
