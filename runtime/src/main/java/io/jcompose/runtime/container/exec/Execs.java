package io.jcompose.runtime.container.exec;

import io.jcompose.engine.api.stream.StreamType;
import io.jcompose.runtime.container.ContainerEvents;
import io.jcompose.runtime.container.ContainerException;
import io.jcompose.runtime.container.ContainerId;
import io.jcompose.runtime.container.ContainerRecord;
import io.jcompose.runtime.container.ContainerStatus;
import io.jcompose.runtime.container.ContainerStore;
import io.jcompose.runtime.container.spec.Capabilities;
import io.jcompose.runtime.container.spec.ResolvedUser;
import io.jcompose.runtime.container.spec.SpecException;
import io.jcompose.runtime.container.spec.SpecFiles;
import io.jcompose.runtime.container.spec.SpecHost;
import io.jcompose.runtime.container.spec.UserResolver;
import io.jcompose.runtime.container.spec.json.ProcessJson;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Docker's exec instances, kept in memory as docker keeps them: created against a running container, started
 * once (detached or with the caller's streams), inspected, and dropped when their container stops. Also runs
 * unregistered one-shot execs for health checks.
 */
public final class Execs {

    private static final Logger LOG = LoggerFactory.getLogger(Execs.class);
    private static final int START_FAILED = 126;

    private final ContainerStore containers;
    private final ExecRunner runner;
    private final List<String> allCapabilities;
    private final Map<String, ExecEntry> execs = new ConcurrentHashMap<>();

    /** Privileged execs get every capability this kernel has. */
    public Execs(ContainerStore containers, ExecRunner runner) {
        this(containers, runner, Capabilities.all(SpecHost.detect().lastCap()));
    }

    public Execs(ContainerStore containers, ExecRunner runner, List<String> allCapabilities) {
        this.containers = containers;
        this.runner = runner;
        this.allCapabilities = List.copyOf(allCapabilities);
    }

    /** Registers an exec in a running container (docker's 409 otherwise); its user must exist there (400). */
    public ExecId create(String containerIdOrName, ExecSpec spec) throws IOException {
        ContainerRecord record = containers.find(containerIdOrName);
        requireRunning(record, containerIdOrName);
        if (!spec.user().isEmpty()) {
            resolveUser(record, spec.user());
        }
        ExecId id = ExecId.random();
        execs.put(id.hex(), new ExecEntry(id, record.id(), spec));
        return id;
    }

    public ExecInstance inspect(String execId) {
        return find(execId).snapshot();
    }

    /**
     * Claims the exec for its one run: 404 for an unknown exec, 409 when its container no longer runs or it ran
     * or runs already. The process is derived now, so that its errors reach the caller before any output.
     */
    public ExecStart start(String execId) throws IOException {
        ExecEntry exec = find(execId);
        ContainerRecord record = containers.lookup(exec.container().hex())
                .orElseThrow(() -> ContainerException.notFound(execId));
        requireRunning(record, record.id().hex());
        exec.claim();
        ProcessJson process;
        try {
            process = process(record, exec.spec());
        } catch (IOException | RuntimeException e) {
            exec.exited(START_FAILED);
            throw e;
        }
        return (stdin, sink) -> runClaimed(exec, process, stdin, sink);
    }

    /** Starts the exec in the background with no streams (docker's {@code Detach}). */
    public void startDetached(String execId) throws IOException {
        ExecStart start = start(execId);
        Thread.startVirtualThread(() -> {
            try {
                start.run(null, OutputSink.discard());
            } catch (IOException | RuntimeException e) {
                LOG.warn("detached exec {} failed: {}", execId, e.getMessage());
            }
        });
    }

    /** Sets the exec's terminal size (kept until its terminal exists); without a TTY there is nothing to size. */
    public void resize(String execId, int height, int width) {
        find(execId).resize(height, width);
    }

    /** A health check probe: the command's exit code and first 4 KiB of output, or a timeout. */
    public io.jcompose.runtime.container.health.ProbeResult probe(String containerId, List<String> argv,
            Duration timeout) throws IOException {
        ExecResult r = run(new ContainerId(containerId), argv, timeout, 4096);
        return r.timedOut() ? io.jcompose.runtime.container.health.ProbeResult.timedOut(r.output())
                : io.jcompose.runtime.container.health.ProbeResult.exited(r.exitCode(), r.output());
    }

    /**
     * Runs {@code cmd} once in a running container as its own user, with its environment and working directory,
     * keeping the first {@code maxOutputBytes} of stdout and stderr together and killing it after {@code timeout}:
     * what a health check probe needs. Not registered as an exec instance.
     */
    public ExecResult run(ContainerId container, List<String> cmd, Duration timeout, int maxOutputBytes)
            throws IOException {
        ContainerRecord record = containers.lookup(container.hex())
                .orElseThrow(() -> ContainerException.notFound(container.hex()));
        requireRunning(record, container.hex());
        ProcessJson process = process(record, ExecSpec.of(cmd));
        BoundedOutput output = new BoundedOutput(maxOutputBytes);
        ExecRunner.Exit exit = runner.run(new ExecRunner.Launch(container.hex(), process, null, output,
                Optional.of(timeout), pid -> { }));
        exit.startError().ifPresent(message -> {
            byte[] text = (message + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            output.write(StreamType.STDERR, text, 0, text.length);
        });
        return new ExecResult(exit.exitCode(), output.text(), exit.timedOut());
    }

    /** Forgets the execs of a container that stopped or was removed, as docker does. */
    public void containerStopped(ContainerId container) {
        execs.values().removeIf(e -> e.container().equals(container));
    }

    /** Drops execs on the container events {@code die}, {@code oom} and {@code destroy}; returns the unsubscribe. */
    public Runnable follow(ContainerEvents events) {
        return events.subscribe(event -> {
            switch (event.action()) {
                case "die", "oom", "destroy" -> containerStopped(event.id());
                default -> {
                }
            }
        });
    }

    private ExecRunner.Exit runClaimed(ExecEntry exec, ProcessJson process, java.io.InputStream stdin,
            OutputSink sink) throws IOException {
        ExecSpec spec = exec.spec();
        OutputSink attached = (stream, bytes, offset, length) -> {
            if (stream == StreamType.STDOUT ? spec.attachStdout() : spec.attachStderr()) {
                sink.write(stream, bytes, offset, length);
            }
        };
        try {
            ExecRunner.Exit exit = runner.run(new ExecRunner.Launch(exec.container().hex(), process,
                    spec.attachStdin() ? stdin : null, attached, Optional.empty(), exec::started, exec::terminal));
            exec.exited(exit.exitCode());
            return exit;
        } catch (IOException | RuntimeException e) {
            exec.exited(START_FAILED);
            throw e;
        }
    }

    private ProcessJson process(ContainerRecord record, ExecSpec spec) throws IOException {
        ProcessJson container = SpecFiles.read(containers.layout(record.id()).bundle()).process();
        Optional<ResolvedUser> user = spec.user().isEmpty() ? Optional.empty()
                : Optional.of(resolveUser(record, spec.user()));
        List<String> env = record.config().env() == null ? List.of() : record.config().env();
        boolean keepHome = env.stream().anyMatch(e -> e.startsWith("HOME="));
        return ExecProcess.derive(container, spec, user, keepHome, allCapabilities);
    }

    private ResolvedUser resolveUser(ContainerRecord record, String user) throws IOException {
        List<String> groupAdd = record.hostConfig().groupAdd() == null ? List.of() : record.hostConfig().groupAdd();
        try {
            return UserResolver.resolve(containers.layout(record.id()).rootfs(), user, groupAdd);
        } catch (SpecException e) {
            throw new ContainerException(ContainerException.Kind.INVALID, e.getMessage());
        }
    }

    private ExecEntry find(String execId) {
        ExecEntry exec = execId == null ? null : execs.get(execId);
        if (exec == null) {
            throw new ContainerException(ContainerException.Kind.NOT_FOUND, "No such exec instance: " + execId);
        }
        return exec;
    }

    /** Docker's checks before an exec: running, not paused, not restarting (each a 409). */
    private static void requireRunning(ContainerRecord record, String asGiven) {
        ContainerStatus status = record.state().status();
        String message = switch (status) {
            case RUNNING -> null;
            case PAUSED -> "Container " + asGiven + " is paused, unpause the container before exec";
            case RESTARTING -> "Container " + record.id() + " is restarting, wait until the container is running";
            default -> "Container " + record.id() + " is not running";
        };
        if (message != null) {
            throw new ContainerException(ContainerException.Kind.CONFLICT, message);
        }
    }
}
