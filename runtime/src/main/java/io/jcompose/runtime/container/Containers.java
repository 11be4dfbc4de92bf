package io.jcompose.runtime.container;

import io.jcompose.engine.api.json.ContainerCreateJson;
import io.jcompose.engine.api.json.HostConfigJson;
import io.jcompose.runtime.container.health.HealthProbe;
import io.jcompose.runtime.container.monitor.OciRuntime;
import io.jcompose.runtime.image.store.ImageStore;
import io.jcompose.runtime.image.store.ImageUsers;
import io.jcompose.runtime.image.store.StoredImage;
import io.jcompose.runtime.image.service.ImageUnpacker;
import io.jcompose.runtime.image.Digest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's container service: create, start, stop, kill, restart, pause, wait, rename and remove, one
 * operation at a time per container, with state saved after every change and exits learnt from the monitor.
 */
public final class Containers implements ImageUsers {

    private static final Logger LOG = LoggerFactory.getLogger(Containers.class);
    private static final Duration KILL_WAIT = Duration.ofSeconds(30);

    private final ContainerStore store;
    private final ImageStore images;
    private final ImageUnpacker unpacker;
    private final OverlayRootfs rootfs;
    private final OciRuntime runtime;
    private final BundleWriter bundles;
    private final EngineFiles files;
    private final Clock clock;
    private final ContainerLocks locks = new ContainerLocks();
    private final ContainerStarter starter;
    private final ContainerEvents events = new ContainerEvents();
    private final RestartScheduler restarts;
    private final ContainerHealth health;
    private final ContainerNetworking networking;
    private volatile ContainerStorage storage = ContainerStorage.NONE;

    /** Without health probes: a container's health check fails saying so (for tests without exec). */
    public Containers(ContainerStore store, ImageStore images, ImageUnpacker unpacker, OverlayRootfs rootfs,
            OciRuntime runtime, BundleWriter bundles, EngineFiles files, Clock clock) {
        this(store, images, unpacker, rootfs, runtime, bundles, files, clock, (id, argv, timeout) -> {
            throw new IOException("this engine runs no health probes");
        }, ContainerNetworking.NONE);
    }

    /** {@code probe} runs health check commands in containers (exec); {@code networking} attaches them. */
    public Containers(ContainerStore store, ImageStore images, ImageUnpacker unpacker, OverlayRootfs rootfs,
            OciRuntime runtime, BundleWriter bundles, EngineFiles files, Clock clock, HealthProbe probe,
            ContainerNetworking networking) {
        this.networking = networking;
        this.store = store;
        this.images = images;
        this.unpacker = unpacker;
        this.rootfs = rootfs;
        this.runtime = runtime;
        this.bundles = bundles;
        this.files = files;
        this.clock = clock;
        this.restarts = new RestartScheduler(this::restartAfterExit);
        this.starter = new ContainerStarter(store, images, unpacker, rootfs, runtime, bundles, files, clock, events,
                networking);
        this.health = new ContainerHealth(store, events, locks, probe, clock);
    }

    /** The volume service (set once by the engine; without it, containers get no volumes made for them). */
    public void storage(ContainerStorage volumes) {
        this.storage = volumes;
        starter.storage(volumes);
    }

    public ContainerStore store() {
        return store;
    }

    public ContainerEvents events() {
        return events;
    }

    /** Creates a container from the request; the image must be present (docker answers 404 otherwise). */
    public ContainerRecord create(Optional<String> name, ContainerCreateJson request) throws IOException {
        if (request.config() == null || request.config().image() == null || request.config().image().isBlank()) {
            throw new ContainerException(ContainerException.Kind.INVALID, "config.Image: field is required");
        }
        HostConfigJson host = request.hostConfig() == null ? HostConfigJson.empty() : request.hostConfig();
        RestartPolicy policy = invalidAsBadRequest(() -> RestartPolicy.of(host.restartPolicy()));
        if (Boolean.TRUE.equals(host.autoRemove()) && !policy.name().equals("no")) {
            throw new ContainerException(ContainerException.Kind.INVALID,
                    "can't create 'AutoRemove' container with restart policy");
        }
        StoredImage image = images.resolve(request.config().image());
        request = ContainerHealth.merged(request, image);
        request = ContainerEndpoints.withPrimaryEndpoint(request);
        unpacker.unpack(image);
        ContainerId id = ContainerId.random();
        ContainerRecord draft = new ContainerRecord(id, ContainerName.random(), clock.instant(),
                request.config().image(), image.id().toString(), request, "", List.of(), ContainerState.created());
        List<String> command = bundles.command(draft, image);
        ContainerName chosen = name.filter(n -> !n.isEmpty()).map(n -> invalidAsBadRequest(() -> ContainerName.of(n)))
                .orElseGet(this::freeRandomName);
        ContainerRecord record = new ContainerRecord(id, chosen, draft.created(), draft.image(), draft.imageId(),
                request, command.getFirst(), command.subList(1, command.size()), ContainerState.created());
        storage.prepare(host);
        store.add(record);
        storage.adopt(id, host);
        events.publish(record, "create");
        return record;
    }

    /** Starts a created or exited container; false when it was already running (docker answers 304). */
    public boolean start(String idOrName) throws IOException {
        ContainerRecord record = store.find(idOrName);
        return locks.locked(record.id(), () -> {
            ContainerRecord current = store.get(record.id());
            if (current.state().status() == ContainerStatus.PAUSED) {
                throw new ContainerException(ContainerException.Kind.CONFLICT,
                        "cannot start a paused container, try unpause instead");
            }
            if (current.state().status().isAlive()) {
                return false;
            }
            restarts.cancel(current.id());
            starter.start(current.withState(current.state().stoppedByUser(false)));
            health.started(store.get(current.id()));
            return true;
        });
    }

    /**
     * Stops a running container: its stop signal, up to {@code timeout} for it to exit, then SIGKILL. False when it
     * was not running (docker answers 304).
     */
    public boolean stop(String idOrName, Optional<Duration> timeout, Optional<Signal> signal) throws IOException {
        ContainerRecord record = store.find(idOrName);
        restarts.cancel(record.id());
        ContainerRecord current = locks.locked(record.id(), () -> {
            health.stopped(record.id());
            ContainerRecord r = store.get(record.id());
            if (r.state().status() == ContainerStatus.RESTARTING) {
                r = r.withState(r.state().withStatus(ContainerStatus.EXITED).stoppedByUser(true));
                store.update(r);
                return null;
            }
            if (!r.state().status().isAlive()) {
                return null;
            }
            r = r.withState(r.state().stoppedByUser(true));
            store.update(r);
            return r;
        });
        if (current == null) {
            return false;
        }
        CompletableFuture<Integer> exited = events.nextExit(current.id());
        Duration grace = timeout.orElseGet(() -> current.stopTimeout());
        if (current.state().status() == ContainerStatus.PAUSED) {
            signal(current, Signal.SIGKILL);
        } else {
            Signal stopSignal = signal.orElseGet(() -> current.stopSignal());
            signal(current, stopSignal);
            if (SignalDisposition.of(current.state().pid()).map(d -> d.ignores(stopSignal)).orElse(false)) {
                grace = Duration.ZERO; // PID 1 has no handler: the signal cannot act, waiting is pointless
            }
        }
        if (!awaitExit(current.id(), exited, grace)) {
            signal(current, Signal.SIGKILL);
            if (!awaitExit(current.id(), exited, KILL_WAIT)) {
                throw new ContainerException(ContainerException.Kind.FAILED, "container " + current.id().shortId()
                        + " did not exit " + KILL_WAIT.toSeconds() + "s after SIGKILL");
            }
        }
        return true;
    }

    /** Sends a signal to a running container (docker's 409 when it is not running). */
    public void kill(String idOrName, Signal signal) throws IOException {
        ContainerRecord record = store.find(idOrName);
        locks.locked(record.id(), () -> {
            ContainerRecord r = store.get(record.id());
            if (!r.state().status().isAlive()) {
                throw new ContainerException(ContainerException.Kind.CONFLICT,
                        "Cannot kill container: " + idOrName + ": Container " + r.id() + " is not running");
            }
            health.stopped(r.id());
            r = store.get(record.id());
            store.update(r.withState(r.state().stoppedByUser(true)));
            signal(r, signal);
            return null;
        });
    }

    public void restart(String idOrName, Optional<Duration> timeout, Optional<Signal> signal) throws IOException {
        stop(idOrName, timeout, signal);
        start(idOrName);
    }

    public void pause(String idOrName) throws IOException {
        ContainerRecord record = store.find(idOrName);
        locks.locked(record.id(), () -> {
            ContainerRecord r = store.get(record.id());
            if (r.state().status() == ContainerStatus.PAUSED) {
                throw new ContainerException(ContainerException.Kind.CONFLICT,
                        "Container " + r.id() + " is already paused");
            }
            if (r.state().status() != ContainerStatus.RUNNING) {
                throw new ContainerException(ContainerException.Kind.CONFLICT,
                        "Container " + r.id() + " is not running");
            }
            runtime.pause(r.id().hex());
            health.stopped(r.id());
            r = store.get(record.id());
            store.update(r.withState(r.state().withStatus(ContainerStatus.PAUSED)));
            events.publish(r, "pause");
            return null;
        });
    }

    public void unpause(String idOrName) throws IOException {
        ContainerRecord record = store.find(idOrName);
        locks.locked(record.id(), () -> {
            ContainerRecord r = store.get(record.id());
            if (r.state().status() != ContainerStatus.PAUSED) {
                throw new ContainerException(ContainerException.Kind.CONFLICT,
                        "Container " + r.id() + " is not paused");
            }
            runtime.resume(r.id().hex());
            store.update(r.withState(r.state().withStatus(ContainerStatus.RUNNING)));
            health.resumed(store.get(record.id()));
            events.publish(r, "unpause");
            return null;
        });
    }

    public ContainerRecord rename(String idOrName, String newName) throws IOException {
        ContainerRecord record = store.find(idOrName);
        ContainerName name = invalidAsBadRequest(() -> ContainerName.of(newName));
        ContainerRecord renamed = locks.locked(record.id(), () -> store.rename(record.id(), name));
        events.publish(renamed, "rename");
        return renamed;
    }

    /** Removes a container; a running one only with {@code force} (killed first), as docker does. */
    public void remove(String idOrName, boolean force) throws IOException {
        remove(idOrName, force, false);
    }

    /** Removes a container, and with {@code volumes} its anonymous volumes ({@code docker rm -v}). */
    public void remove(String idOrName, boolean force, boolean volumes) throws IOException {
        ContainerRecord record = store.find(idOrName);
        restarts.cancel(record.id());
        if (store.get(record.id()).state().status().isAlive()) {
            if (!force) {
                throw new ContainerException(ContainerException.Kind.CONFLICT, "cannot remove container \"/"
                        + record.name() + "\": container is running: stop the container before removing or force"
                        + " remove");
            }
            CompletableFuture<Integer> exited = events.nextExit(record.id());
            locks.locked(record.id(), () -> {
                ContainerRecord r = store.get(record.id());
                store.update(r.withState(r.state().stoppedByUser(true)));
                signal(r, Signal.SIGKILL);
                return null;
            });
            awaitExit(record.id(), exited, KILL_WAIT);
        }
        locks.locked(record.id(), () -> {
            removeLocked(store.get(record.id()));
            return null;
        });
        if (volumes) {
            storage.removeAnonymous(record.id());
        }
    }

    private void removeLocked(ContainerRecord record) throws IOException {
        health.stopped(record.id());
        disconnect(record);
        ContainerLayout layout = store.layout(record.id());
        runtime.delete(record.id().hex(), true);
        rootfs.unmount(layout);
        Files.deleteIfExists(runtime.exitFile(record.id().hex()));
        store.remove(record.id());
        io.jcompose.runtime.image.layer.Trees.delete(layout.dir());
        events.publish(record, "destroy");
        events.removed(record.id());
    }

    /** Completes with the exit code once the container is not running ({@code not-running}), as docker's wait. */
    public CompletableFuture<Integer> wait(String idOrName, String condition) {
        ContainerRecord record = store.find(idOrName);
        return switch (condition == null || condition.isEmpty() ? "not-running" : condition) {
            case "next-exit" -> events.nextExit(record.id());
            case "removed" -> events.removal(record.id());
            case "not-running" -> {
                CompletableFuture<Integer> next = events.nextExit(record.id());
                ContainerRecord now = store.get(record.id());
                if (!now.state().status().isAlive() && now.state().status() != ContainerStatus.RESTARTING) {
                    yield CompletableFuture.completedFuture(now.state().exitCode());
                }
                yield next;
            }
            default -> throw new ContainerException(ContainerException.Kind.INVALID,
                    "invalid condition: \"" + condition + "\"");
        };
    }

    /** The monitor reported an exit (or the engine found one at start): record it, then apply the policies. */
    public void exited(String maybeId) {
        ContainerId id;
        try {
            id = new ContainerId(maybeId);
        } catch (IllegalArgumentException e) {
            return; // a temporary file of conmon's, or something else in the directory
        }
        Path exitFile = runtime.exitFile(id.hex());
        if (store.lookup(id.hex()).isEmpty() || !Files.exists(exitFile)) {
            return;
        }
        try {
            ContainerRecord after = locks.locked(id, () -> {
                if (!store.get(id).state().status().isAlive()) {
                    return null;
                }
                health.stopped(id);
                ContainerRecord r = store.get(id);
                int code = runtime.exitCode(id.hex());
                boolean oom = Files.exists(store.layout(id).dir().resolve("oom"));
                ContainerRecord done = r.withState(r.state().exited(code, clock.instant(), oom));
                store.update(done);
                events.publish(done, oom ? "oom" : "die");
                // waiters learn the exit now; whatever they do next takes this container's lock, so it
                // happens after the runtime's container is deleted and the root unmounted
                events.exited(id, code);
                runtime.delete(id.hex(), true);
                rootfs.unmount(store.layout(id));
                disconnect(done);
                storage.released(id);
                return done;
            });
            if (after == null) {
                return;
            }
            afterExit(after);
        } catch (IOException | RuntimeException e) {
            LOG.warn("recording the exit of {} failed", id.shortId(), e);
        }
    }

    void afterExit(ContainerRecord record) throws IOException {
        if (Boolean.TRUE.equals(record.hostConfig().autoRemove())) {
            locks.locked(record.id(), () -> {
                removeLocked(store.get(record.id()));
                return null;
            });
            storage.removeAnonymous(record.id()); // docker removes a --rm container's anonymous volumes too
            return;
        }
        RestartPolicy policy = RestartPolicy.of(record.hostConfig().restartPolicy());
        ContainerState state = record.state();
        if (policy.restarts(state.exitCode(), state.restartCount(), state.stoppedByUser())) {
            Duration ran = Duration.between(state.startedAt().orElse(clock.instant()),
                    state.finishedAt().orElse(clock.instant()));
            store.update(record.withState(state.withStatus(ContainerStatus.RESTARTING)));
            restarts.schedule(record.id(), ran);
        }
    }

    private void restartAfterExit(ContainerId id) {
        try {
            locks.locked(id, () -> {
                ContainerRecord r = store.lookup(id.hex()).orElse(null);
                if (r == null || r.state().status() != ContainerStatus.RESTARTING) {
                    return null;
                }
                starter.start(r.withState(r.state().restarted()));
                health.started(store.get(id));
                events.publish(r, "restart");
                return null;
            });
        } catch (IOException | RuntimeException e) {
            LOG.warn("restarting {} failed: {}", id.shortId(), e.getMessage());
            store.lookup(id.hex()).ifPresent(r -> {
                if (r.state().status() == ContainerStatus.CREATED || r.state().status() == ContainerStatus.EXITED) {
                    try {
                        afterExit(r);
                    } catch (IOException ex) {
                        LOG.warn("scheduling the next restart of {} failed", id.shortId(), ex);
                    }
                }
            });
        }
    }

    /**
     * Called once when the engine starts: containers that exited while it was down get their exit codes, live ones
     * stay as they are, vanished ones are marked exited (255), and restart policies are applied as docker does.
     */
    public void adopt() {
        new ContainerRecovery(this, store, runtime, rootfs, health, events, clock).adoptAll();
    }

    @Override
    public List<ContainerUse> containersUsing(Digest imageId) {
        List<ContainerUse> uses = new ArrayList<>();
        for (ContainerRecord r : store.all()) {
            if (r.imageId().equals(imageId.toString())) {
                uses.add(new ContainerUse(r.id().hex(), r.state().status().isAlive()));
            }
        }
        return uses;
    }

    /** Stops the restart timers; running containers keep running (they belong to their monitors). */
    public void close() {
        restarts.close();
        health.close();
    }

    /**
     * Sets (or with null removes) the container's endpoint settings for a network in its create request, so its
     * next start joins (or leaves) it: what {@code docker network connect/disconnect} change.
     */
    public ContainerRecord setEndpoint(String idOrName, String network,
            io.jcompose.engine.api.json.EndpointSettingsJson settings) throws IOException {
        ContainerRecord record = store.find(idOrName);
        return locks.locked(record.id(), () -> {
            ContainerRecord updated = ContainerEndpoints.withEndpoint(store.get(record.id()), network, settings);
            store.update(updated);
            return updated;
        });
    }

    /**
     * Runs {@code work} on the container's root under its lock, for {@code docker cp}: the live mount while it runs,
     * otherwise its overlay mounted for the work only.
     */
    public <T> T withRootfs(String idOrName, RootfsWork<T> work) throws IOException {
        ContainerRecord record = store.find(idOrName);
        return locks.locked(record.id(), () -> starter.withRoot(store.get(record.id()), work));
    }

    /** Its published ports, for inspect and list. */
    public Map<String, List<io.jcompose.engine.api.json.HostConfigJson.PortBindingJson>> ports(ContainerRecord record) {
        return networking.ports(record);
    }

    /** Its endpoints by network name, for inspect and list. */
    public Map<String, io.jcompose.engine.api.json.EndpointSettingsJson> endpoints(ContainerRecord record) {
        return networking.endpoints(record);
    }

    void disconnect(ContainerRecord record) {
        try {
            networking.disconnect(record);
        } catch (IOException | RuntimeException e) {
            LOG.warn("taking {} off its networks failed: {}", record.id().shortId(), e.getMessage());
        }
    }

    /** The container's health check state: live while it runs, the last one saved otherwise. */
    public Optional<io.jcompose.engine.api.json.ContainerInspectJson.HealthJson> health(ContainerRecord record) {
        return health.current(record);
    }

    private void signal(ContainerRecord record, Signal signal) throws IOException {
        runtime.kill(record.id().hex(), signal.number());
        events.publish(record, "kill");
    }

    private boolean awaitExit(ContainerId id, CompletableFuture<Integer> exited, Duration timeout) {
        try {
            exited.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            exited(id.hex()); // in case a missed event: the exit file tells
            return !store.get(id).state().status().isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return true; // removed while waiting
        }
    }

    private ContainerName freeRandomName() {
        while (true) {
            ContainerName candidate = ContainerName.random();
            if (store.lookup(candidate.value()).isEmpty()) {
                return candidate;
            }
        }
    }

    private static <T> T invalidAsBadRequest(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new ContainerException(ContainerException.Kind.INVALID, e.getMessage());
        }
    }

}
