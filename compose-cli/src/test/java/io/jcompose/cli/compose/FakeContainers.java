package io.jcompose.cli.compose;

import io.jcompose.engine.api.client.AttachOptions;
import io.jcompose.engine.api.client.ContainerApi;
import io.jcompose.engine.api.client.EngineApiException;
import io.jcompose.engine.api.client.HijackedStream;
import io.jcompose.engine.api.client.LogsOptions;
import io.jcompose.engine.api.client.PendingWait;
import io.jcompose.engine.api.client.WaitCondition;
import io.jcompose.engine.api.json.ContainerCreateJson;
import io.jcompose.engine.api.json.ContainerCreatedJson;
import io.jcompose.engine.api.json.ContainerInspectJson;
import io.jcompose.engine.api.json.ContainerStatsJson;
import io.jcompose.engine.api.json.ContainerSummaryJson;
import io.jcompose.engine.api.json.ContainerTopJson;
import io.jcompose.engine.api.json.ContainerWaitJson;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * An in-memory container engine: records every call; tests script failures, health answers, wait results and
 * published ports.
 */
final class FakeContainers implements ContainerApi {

    /** A container as the fake holds it. */
    static final class Box {
        final String id;
        final String name;
        final Map<String, String> labels;
        String state = "created";
        int exitCode;
        List<ContainerSummaryJson.PortJson> ports = List.of();

        Box(String id, String name, Map<String, String> labels) {
            this.id = id;
            this.name = name;
            this.labels = labels;
        }
    }

    final List<String> calls = java.util.Collections.synchronizedList(new ArrayList<>());
    final Map<String, Box> boxes = new LinkedHashMap<>();
    final Map<String, ContainerCreateJson> bodies = new LinkedHashMap<>();
    /** Container name -> message of a start that fails. */
    final Map<String, String> failStart = new LinkedHashMap<>();
    /** Container name -> health status for each inspect, in turn (the last repeats). */
    final Map<String, List<String>> health = new LinkedHashMap<>();
    /** Container name -> the exit code its wait answers; a container not here waits until interrupted. */
    final Map<String, Long> exits = new java.util.concurrent.ConcurrentHashMap<>();
    /** Container name -> the {@code Mounts} its inspect answers. */
    final Map<String, List<ContainerInspectJson.MountPointJson>> mounts = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> inspections = new LinkedHashMap<>();
    private int next = 1;

    synchronized Box add(String name, Map<String, String> labels, String state) {
        Box b = new Box("id" + next++, name, labels);
        b.state = state;
        boxes.put(b.id, b);
        return b;
    }

    private synchronized Box find(String idOrName) throws EngineApiException {
        for (Box b : boxes.values()) {
            if (b.id.equals(idOrName) || b.name.equals(idOrName)) {
                return b;
            }
        }
        throw EngineApiException.response(404, "No such container: " + idOrName);
    }

    @Override
    public synchronized ContainerCreatedJson create(String name, ContainerCreateJson body) {
        calls.add("create " + name);
        bodies.put(name, body);
        Box b = add(name, body.config().labels(), "created");
        return new ContainerCreatedJson(b.id, List.of());
    }

    @Override
    public void start(String id) throws IOException {
        Box b = find(id);
        synchronized (this) {
            calls.add("start " + b.name);
        }
        if (failStart.containsKey(b.name)) {
            throw EngineApiException.response(500, failStart.get(b.name));
        }
        b.state = "running";
    }

    @Override
    public void stop(String id, OptionalInt timeoutSeconds, String signal) throws IOException {
        Box b = find(id);
        synchronized (this) {
            calls.add("stop " + b.name);
        }
        b.state = "exited";
    }

    @Override
    public void remove(String id, boolean force, boolean volumes) throws IOException {
        Box b = find(id);
        synchronized (this) {
            calls.add("remove " + b.name + (volumes ? " -v" : ""));
            boxes.remove(b.id);
        }
    }

    @Override
    public synchronized List<ContainerSummaryJson> list(boolean all, Map<String, List<String>> filters) {
        return boxes.values().stream().filter(b -> all || b.state.equals("running"))
                .map(b -> new ContainerSummaryJson(b.id, List.of("/" + b.name), "img", "sha256:1", "cmd", 0,
                        b.ports, b.labels, b.state, b.state, null, null, null)).toList();
    }

    @Override
    public ContainerInspectJson inspect(String id) throws IOException {
        Box b = find(id);
        ContainerInspectJson.HealthJson h = null;
        synchronized (this) {
            List<String> statuses = health.get(b.name);
            if (statuses != null) {
                int i = inspections.computeIfAbsent(b.name, k -> new AtomicInteger()).getAndIncrement();
                h = new ContainerInspectJson.HealthJson(statuses.get(Math.min(i, statuses.size() - 1)), 0, List.of());
            }
        }
        var state = new ContainerInspectJson.StateJson(b.state, b.state.equals("running"), false, false, false,
                false, 1, b.exitCode, "", "", "", h);
        return new ContainerInspectJson(b.id, "", "", List.of(), state, "img", "", "", "", "", "/" + b.name, 0, "",
                "", List.of(), null, mounts.getOrDefault(b.name, List.of()), null, null);
    }

    @Override
    public PendingWait startWait(String id, WaitCondition condition) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ContainerWaitJson wait(String id, WaitCondition condition) throws IOException {
        Box b = find(id);
        calls.add("wait " + b.name);
        Long code = exits.get(b.name);
        if (code == null) {
            try {
                Thread.sleep(java.time.Duration.ofMinutes(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            throw new IOException("no exit");
        }
        return new ContainerWaitJson(code, null);
    }

    @Override
    public HijackedStream attach(String id, AttachOptions options, boolean tty) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ContainerTopJson top(String id, String psArgs) throws IOException {
        Box b = find(id);
        calls.add("top " + b.name);
        return new ContainerTopJson(List.of("UID", "PID", "CMD"), List.of(List.of("root", "4242", "sleep 600")));
    }

    @Override
    public ContainerStatsJson stats(String id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void stats(String id, Consumer<ContainerStatsJson> each) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void kill(String id, String signal) throws IOException {
        transition(id, "kill", signal, "exited");
    }

    @Override
    public void restart(String id, OptionalInt timeoutSeconds) throws IOException {
        transition(id, "restart", "", "running");
    }

    @Override
    public void pause(String id) throws IOException {
        transition(id, "pause", "", "paused");
    }

    @Override
    public void unpause(String id) throws IOException {
        transition(id, "unpause", "", "running");
    }

    private void transition(String id, String call, String argument, String state) throws IOException {
        Box b = find(id);
        synchronized (this) {
            calls.add(call + " " + b.name + (argument.isEmpty() ? "" : " " + argument));
            b.state = state;
        }
    }

    @Override
    public void rename(String id, String newName) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void logs(String id, LogsOptions options, OutputStream stdout, OutputStream stderr) {
        throw new UnsupportedOperationException();
    }

}
