package io.jcompose.runtime.container.exec;

import io.jcompose.engine.api.stream.StreamType;
import io.jcompose.runtime.sys.Pty;
import io.jcompose.runtime.sys.Terminal;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code runc exec --process FILE ID}: runc joins the container's namespaces and cgroup and runs the process with
 * our pipes as its stdio, so stdout and stderr arrive apart; its exit code is the process's. A timeout kills the
 * process itself (its host PID from {@code --pid-file}), since runc forwards every signal but SIGKILL. With a
 * terminal, runc's stdio is the slave of a {@link Pty} of ours: runc makes the container's terminal, relays between
 * the two (in raw mode) and follows our window size on SIGWINCH.
 */
public final class RuncExecRunner implements ExecRunner {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration KILL_WAIT = Duration.ofSeconds(10);
    /** How long output may still arrive after the process ended (a background child can hold the pipes). */
    private static final Duration DRAIN = Duration.ofSeconds(2);
    private static final int RUNC_FAILED = 255;
    private static final int SIGWINCH = 28;

    private final Path runc;
    private final Path runcRoot;
    private final Path workDir;

    /** {@code runcRoot} is the one the containers were made under; process files go in {@code workDir}. */
    public RuncExecRunner(Path runc, Path runcRoot, Path workDir) throws IOException {
        this.runc = runc;
        this.runcRoot = runcRoot;
        this.workDir = Files.createDirectories(workDir);
    }

    /** The machine's runc with the engine's runc root {@code state/runc}; process files in {@code state/exec}. */
    public static RuncExecRunner under(Path state) throws IOException {
        return new RuncExecRunner(Path.of("/usr/sbin/runc"), state.resolve("runc"), state.resolve("exec"));
    }

    @Override
    public Exit run(Launch launch) throws IOException {
        Path dir = Files.createTempDirectory(workDir, "exec-");
        try {
            return run(launch, dir);
        } finally {
            for (String name : List.of("process.json", "pid", "runc.log")) {
                Files.deleteIfExists(dir.resolve(name));
            }
            Files.deleteIfExists(dir);
        }
    }

    private Exit run(Launch launch, Path dir) throws IOException {
        Path spec = Files.write(dir.resolve("process.json"), JSON.writeValueAsBytes(launch.process()));
        Path pidFile = dir.resolve("pid");
        Path log = dir.resolve("runc.log");
        ProcessBuilder builder = new ProcessBuilder(runc.toString(), "--root", runcRoot.toString(), "--log",
                log.toString(), "--log-format", "json", "exec", "--process", spec.toString(), "--pid-file",
                pidFile.toString(), launch.containerId());
        GuardedSink sink = new GuardedSink(launch.sink());
        CountDownLatch drained = new CountDownLatch(2);
        Process runcExec;
        Pty pty = null;
        if (launch.process().terminal()) {
            // runc relays between the container's own terminal and its stdio, which must be a terminal: ours
            pty = Pty.open();
            // the slave is opened by the child (a shell that then becomes runc), never by the engine: a session
            // leader opening a terminal makes it its controlling one, and its hang-up would stop the engine
            List<String> command = new java.util.ArrayList<>(List.of("/bin/sh", "-c",
                    "exec \"$@\" <\"$0\" >\"$0\" 2>&1", pty.slave().toString()));
            command.addAll(builder.command());
            builder.command(command);
            Terminal master = pty.master();
            launch.onTerminal().accept(master); // a size asked for already is on our terminal before runc reads it
            runcExec = builder.start();
            Thread.ofPlatform().daemon().name("exec-tty").start(() -> pump(master, sink, drained));
            drained.countDown(); // one stream only
            if (launch.stdin() != null) {
                Thread.startVirtualThread(() -> feed(launch.stdin(), master));
            }
            launch.onTerminal().accept(new RuncTerminal(master, runcExec));
        } else {
            if (launch.stdin() == null) {
                builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            }
            runcExec = builder.start();
            Process started = runcExec;
            Thread.startVirtualThread(() -> pump(started.getInputStream(), StreamType.STDOUT, sink, drained));
            Thread.startVirtualThread(() -> pump(started.getErrorStream(), StreamType.STDERR, sink, drained));
            if (launch.stdin() != null) {
                Thread.startVirtualThread(() -> feed(launch.stdin(), started.getOutputStream()));
            }
        }
        try {
            return await(launch, runcExec, pidFile, log, sink, drained);
        } finally {
            if (pty != null) {
                pty.master().close();
            }
        }
    }

    private Exit await(Launch launch, Process runcExec, Path pidFile, Path log, GuardedSink sink,
            CountDownLatch drained) throws IOException {
        PidReport pid = new PidReport(pidFile, launch);
        Thread.startVirtualThread(() -> pid.poll(runcExec));
        boolean timedOut = false;
        try {
            boolean ended = launch.timeout().isEmpty() ? waitFor(runcExec)
                    : runcExec.waitFor(launch.timeout().get().toMillis(), TimeUnit.MILLISECONDS);
            if (!ended) {
                timedOut = true;
                kill(pid, runcExec);
            }
            drained.await(DRAIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            kill(pid, runcExec);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while running an exec in " + launch.containerId());
        } finally {
            sink.close();
        }
        pid.report();
        int code = runcExec.exitValue();
        Optional<String> error = code == RUNC_FAILED ? startError(log) : Optional.empty();
        if (error.isPresent()) {
            String m = error.get();
            code = m.contains("executable file not found") || m.contains("no such file or directory") ? 127 : 126;
        }
        return new Exit(code, timedOut, error.map(m -> "OCI runtime exec failed: " + m));
    }

    private static boolean waitFor(Process process) throws InterruptedException {
        process.waitFor();
        return true;
    }

    /** SIGKILL to the exec's process (runc then exits with 137); to runc itself if the process is not known yet. */
    private static void kill(PidReport pid, Process runcExec) {
        pid.read().flatMap(ProcessHandle::of).ifPresentOrElse(ProcessHandle::destroyForcibly,
                runcExec::destroyForcibly);
        try {
            if (!runcExec.waitFor(KILL_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                runcExec.destroyForcibly();
                runcExec.waitFor();
            }
        } catch (InterruptedException e) {
            runcExec.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void pump(InputStream in, StreamType type, GuardedSink sink, CountDownLatch drained) {
        byte[] buffer = new byte[32 * 1024];
        try (in) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                sink.write(type, buffer, n);
            }
        } catch (IOException e) {
            // the pipe went away with the process
        } finally {
            drained.countDown();
        }
    }

    private static void pump(Terminal master, GuardedSink sink, CountDownLatch drained) {
        byte[] buffer = new byte[32 * 1024];
        try {
            int n;
            while ((n = master.read(buffer)) >= 0) {
                sink.write(StreamType.STDOUT, buffer, n);
            }
        } catch (IOException e) {
            // the terminal went away with the process
        } finally {
            drained.countDown();
        }
    }

    private static void feed(InputStream stdin, Terminal master) {
        byte[] buffer = new byte[8 * 1024];
        try {
            int n;
            while ((n = stdin.read(buffer)) >= 0) {
                master.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // the process ended first, or the caller's stream failed: either way input is done
        }
    }

    /** The exec's terminal as handed out: a resize also tells runc, which passes the size on to the container's. */
    private record RuncTerminal(Terminal master, Process runc) implements Terminal {

        @Override
        public int read(byte[] buffer) throws IOException {
            return master.read(buffer);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            master.write(bytes, offset, length);
        }

        @Override
        public void resize(int rows, int columns) throws IOException {
            master.resize(rows, columns);
            if (runc.isAlive()) {
                Pty.signal(runc.pid(), SIGWINCH);
            }
        }

        @Override
        public void close() {
            master.close();
        }
    }

    private static void feed(InputStream stdin, OutputStream process) {
        try (process) {
            stdin.transferTo(process);
        } catch (IOException e) {
            // the process ended first, or the caller's stream failed: either way stdin is done
        }
    }

    /** runc's last error message from its JSON log, when it failed before the process ran. */
    private static Optional<String> startError(Path log) throws IOException {
        if (!Files.exists(log)) {
            return Optional.empty();
        }
        String message = null;
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            try {
                JsonNode entry = JSON.readTree(line);
                if ("error".equals(entry.path("level").asString()) || "fatal".equals(entry.path("level").asString())) {
                    message = entry.path("msg").asString();
                }
            } catch (RuntimeException e) {
                // not a JSON line: skip it
            }
        }
        return Optional.ofNullable(message);
    }

    /** Forwards output until closed; a sink that failed (the client went away) is not written to again. */
    private static final class GuardedSink {
        private final OutputSink sink;
        private boolean open = true;

        GuardedSink(OutputSink sink) {
            this.sink = sink;
        }

        synchronized void write(StreamType type, byte[] bytes, int length) {
            if (!open) {
                return;
            }
            try {
                sink.write(type, bytes, 0, length);
            } catch (IOException e) {
                open = false;
            }
        }

        synchronized void close() {
            open = false;
        }
    }

    /** The exec's host PID, read from runc's pid file once it appears and reported to the launcher once. */
    private static final class PidReport {
        private final Path file;
        private final Launch launch;
        private final AtomicBoolean reported = new AtomicBoolean();

        PidReport(Path file, Launch launch) {
            this.file = file;
            this.launch = launch;
        }

        void poll(Process runcExec) {
            try {
                while (runcExec.isAlive() && !reported.get()) {
                    if (read().isPresent()) {
                        report();
                        return;
                    }
                    Thread.sleep(5);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void report() {
            Optional<Long> pid = read();
            if (pid.isPresent() && reported.compareAndSet(false, true)) {
                launch.onPid().accept(pid.get());
            }
        }

        Optional<Long> read() {
            try {
                String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
                return text.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(text));
            } catch (IOException | NumberFormatException e) {
                return Optional.empty();
            }
        }
    }
}
