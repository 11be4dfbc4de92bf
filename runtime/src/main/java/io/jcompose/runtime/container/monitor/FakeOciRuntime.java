package io.jcompose.runtime.container.monitor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An in-memory runtime for tests without root: containers are states in a map; a signal ends the "process" with
 * 128+signal unless the test made it ignore that signal, and {@link #exit} ends it with any code, writing the exit
 * file as conmon would.
 */
public final class FakeOciRuntime implements OciRuntime {

    private final Path exitDir;
    private final Map<String, String> states = new ConcurrentHashMap<>();
    private final Map<String, Integer> ignored = new ConcurrentHashMap<>();
    private final List<String> calls = new ArrayList<>();
    private final AtomicLong pids = new AtomicLong(1000);
    private volatile String failCreate;

    public FakeOciRuntime(Path exitDir) throws IOException {
        this.exitDir = Files.createDirectories(exitDir);
    }

    /** The next create fails with this message, as runc would report it. */
    public void failNextCreate(String message) {
        failCreate = message;
    }

    /** The container's process ignores this signal (a PID 1 without a handler ignores SIGTERM). */
    public void ignore(String id, int signal) {
        ignored.put(id, signal);
    }

    /** The container's process exits with {@code code}. */
    public void exit(String id, int code) throws IOException {
        states.put(id, "stopped");
        Files.writeString(exitDir.resolve(".tmp-" + id), Integer.toString(code), StandardCharsets.US_ASCII);
        Files.move(exitDir.resolve(".tmp-" + id), exitFile(id), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    @Override
    public long create(CreateRequest request) throws IOException {
        record("create " + request.id());
        String failure = failCreate;
        if (failure != null) {
            failCreate = null;
            throw new RuntimeFailure("OCI runtime create failed: " + failure);
        }
        Files.deleteIfExists(exitFile(request.id()));
        states.put(request.id(), "created");
        return pids.incrementAndGet();
    }

    @Override
    public void start(String id) throws IOException {
        record("start " + id);
        requireState(id, "created");
        states.put(id, "running");
    }

    @Override
    public void kill(String id, int signal) throws IOException {
        record("kill " + id + " " + signal);
        if (!states.containsKey(id) || states.get(id).equals("stopped")) {
            throw new RuntimeFailure("container not running");
        }
        if (signal != 9 && Integer.valueOf(signal).equals(ignored.get(id))) {
            return;
        }
        exit(id, 128 + signal);
    }

    @Override
    public void pause(String id) throws IOException {
        record("pause " + id);
        requireState(id, "running");
        states.put(id, "paused");
    }

    @Override
    public void resume(String id) throws IOException {
        record("resume " + id);
        requireState(id, "paused");
        states.put(id, "running");
    }

    @Override
    public void delete(String id, boolean force) throws IOException {
        if (states.remove(id) != null) {
            record("delete " + id);
        }
    }

    @Override
    public Optional<String> status(String id) {
        return Optional.ofNullable(states.get(id));
    }

    @Override
    public Path exitFile(String id) {
        return exitDir.resolve(id);
    }

    private void requireState(String id, String expected) throws RuntimeFailure {
        if (!expected.equals(states.get(id))) {
            throw new RuntimeFailure("container " + id + " is " + states.get(id) + ", not " + expected);
        }
    }

    private synchronized void record(String call) {
        calls.add(call);
    }
}
