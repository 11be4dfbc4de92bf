package io.jcompose.runtime.container.monitor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * conmon + runc: each container gets its own conmon, which runs {@code runc create}, holds the container's stdio,
 * writes its log and exit code, and outlives the engine. conmon reports the new PID (or runc's error) on a sync
 * pipe that must be a descriptor above stderr; a JVM cannot hand a child extra descriptors, so a one-line shell
 * gives conmon a pipe as descriptor 3 and relays its report.
 */
public final class ConmonRunc implements OciRuntime {

    private static final Pattern SYNC = Pattern.compile("\\{\"data\": (-?\\d+)(?:, \"message\": \"(.*)\")?}");
    private static final long CREATE_TIMEOUT_SECONDS = 60;
    /**
     * Runs conmon with its sync pipe on descriptor 3 and relays the one report line to stdout. The relay keeps the
     * JVM's child alive until the report: conmon's first process exits at once, and the JDK closes a child's
     * stdout pipe when the child exits, which would lose a report written later by conmon's daemon.
     */
    private static final String SYNC_RELAY =
            "{ \"$@\" 3>&1 1>/dev/null; } | { IFS= read -r report && printf '%s\\n' \"$report\"; }";

    private final Path runc;
    private final Path conmon;
    private final Path runcRoot;
    private final Path exitDir;
    private final Path socketDir;

    /** {@code runcRoot} keeps runc's state apart from other runc users; exits and attach sockets go in their dirs. */
    public ConmonRunc(Path runc, Path conmon, Path runcRoot, Path exitDir, Path socketDir) throws IOException {
        this.runc = runc;
        this.conmon = conmon;
        this.runcRoot = Files.createDirectories(runcRoot);
        this.exitDir = Files.createDirectories(exitDir);
        this.socketDir = Files.createDirectories(socketDir);
    }

    /** The machine's runc and conmon, with runtime state, exit files and sockets under {@code state}. */
    public static ConmonRunc under(Path state) throws IOException {
        return new ConmonRunc(Path.of("/usr/sbin/runc"), Path.of("/usr/bin/conmon"), state.resolve("runc"),
                state.resolve("exits"), state.resolve("sockets"));
    }

    @Override
    public long create(CreateRequest request) throws IOException {
        Files.deleteIfExists(exitFile(request.id()));
        Files.deleteIfExists(request.pidFile());
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", SYNC_RELAY, "sh",
                conmon.toString(), "--api-version", "1", "-c", request.id(), "-u", request.id(),
                "-r", runc.toString(), "--runtime-arg", "--root", "--runtime-arg", runcRoot.toString(),
                "--runtime-arg", "--log", "--runtime-arg", runcLog(request).toString(),
                "-b", request.bundle().toString(), "-p", request.pidFile().toString(), "-n", request.name(),
                "--exit-dir", exitDir.toString(), "--persist-dir", request.persistDir().toString(),
                "-l", "k8s-file:" + request.log(), "--socket-dir-path", socketDir.toString(),
                "--syslog=false", "--log-level=error"));
        command.addAll(stdioFlags(request));
        if (request.logSizeMax() > 0) {
            command.addAll(List.of("--log-size-max", Long.toString(request.logSizeMax())));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(devNull()));
        builder.environment().put("_OCI_SYNCPIPE", "3");
        Process process = builder.start();
        CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()),
                Thread::startVirtualThread);
        String report;
        try {
            report = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()), Thread::startVirtualThread)
                    .get(CREATE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted while creating container " + request.id(), e);
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new RuntimeFailure("conmon did not report on container " + request.id() + " within "
                    + CREATE_TIMEOUT_SECONDS + "s");
        }
        String conmonErrors = waitFor(process, stderr);
        String line = report.isBlank() ? null : report.strip();
        if (line == null) {
            String runcErrors = Files.exists(runcLog(request)) ? Files.readString(runcLog(request)) : "";
            String why = !conmonErrors.isBlank() ? conmonErrors.strip()
                    : !runcErrors.isBlank() ? RuntimeFailure.cleaned(runcErrors) : "it exited without a report";
            throw new RuntimeFailure("conmon failed to create container " + request.id() + ": " + why);
        }
        Matcher m = SYNC.matcher(line.strip());
        if (!m.matches()) {
            throw new RuntimeFailure("conmon sent an unexpected report for " + request.id() + ": " + line);
        }
        long pid = Long.parseLong(m.group(1));
        if (pid <= 0) {
            String message = m.group(2) == null ? "" : unescape(m.group(2));
            throw new RuntimeFailure("OCI runtime create failed: " + RuntimeFailure.cleaned(message));
        }
        return pid;
    }

    /**
     * conmon's flags for the container's stdio: {@code -t} holds a terminal; {@code -i} keeps stdin open (a pipe, or
     * the terminal) for clients of the attach socket, and closes it when such a client goes away unless
     * {@code --leave-stdin-open}: wanted unless docker's StdinOnce, and always with a terminal, where closing
     * stdin gives the process no end of input but would stop every later attach from typing.
     */
    static List<String> stdioFlags(CreateRequest request) {
        List<String> flags = new ArrayList<>();
        if (request.tty()) {
            flags.add("-t");
        }
        if (request.openStdin()) {
            flags.add("-i");
            if (request.tty() || !request.stdinOnce()) {
                flags.add("--leave-stdin-open");
            }
        }
        return flags;
    }

    /** runc's own log of the container (its errors, as JSON-less text lines), beside conmon's files. */
    private static Path runcLog(CreateRequest request) {
        return request.persistDir().resolve("runc.log");
    }

    @Override
    public void start(String id) throws IOException {
        runc("start", id);
    }

    @Override
    public void kill(String id, int signal) throws IOException {
        runc("kill", id, Integer.toString(signal));
    }

    @Override
    public void pause(String id) throws IOException {
        runc("pause", id);
    }

    @Override
    public void resume(String id) throws IOException {
        runc("resume", id);
    }

    /** One runc call: a container runc does not know (no state directory) is already deleted. */
    @Override
    public void delete(String id, boolean force) throws IOException {
        if (!Files.isDirectory(runcRoot.resolve(id))) {
            return;
        }
        try {
            if (force) {
                runc("delete", "--force", id);
            } else {
                runc("delete", id);
            }
        } catch (RuntimeFailure e) {
            if (!e.getMessage().contains("does not exist")) {
                throw e;
            }
        }
    }

    @Override
    public Optional<String> status(String id) throws IOException {
        if (!Files.isDirectory(runcRoot.resolve(id))) {
            return Optional.empty();
        }
        String state;
        try {
            state = runc("state", id);
        } catch (RuntimeFailure e) {
            if (e.getMessage().contains("does not exist")) {
                return Optional.empty();
            }
            throw e;
        }
        Matcher m = Pattern.compile("\"status\":\\s*\"([a-z]+)\"").matcher(state);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    @Override
    public Path exitFile(String id) {
        return exitDir.resolve(id);
    }

    /** The directory exit files appear in, for a watcher. */
    public Path exitDir() {
        return exitDir;
    }

    private String runc(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(runc.toString(), "--root", runcRoot.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(devNull())).start();
        CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()),
                Thread::startVirtualThread);
        String out = readAll(process.getInputStream());
        String errors = waitFor(process, stderr);
        if (process.exitValue() != 0) {
            throw new RuntimeFailure("runc " + args[0] + " " + args[args.length - 1] + ": "
                    + RuntimeFailure.cleaned(errors));
        }
        return out;
    }

    private static String waitFor(Process process, CompletableFuture<String> stderr) throws IOException {
        try {
            process.waitFor();
            return stderr.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            return "";
        }
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static String unescape(String json) {
        return json.replace("\\n", "\n").replace("\\t", "\t").replace("\\\"", "\"").replace("\\\\", "\\");
    }

    private static java.io.File devNull() {
        return new java.io.File("/dev/null");
    }
}
