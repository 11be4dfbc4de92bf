package io.jcompose.runtime.engine;

import io.jcompose.engine.api.transport.UnixSocketHttp;
import io.jcompose.runtime.api.EngineServer;
import io.jcompose.runtime.api.image.RegistryClients;
import io.jcompose.runtime.build.BuildService;
import io.jcompose.runtime.container.ContainerNetworking;
import io.jcompose.runtime.container.ContainerStore;
import io.jcompose.runtime.container.Containers;
import io.jcompose.runtime.container.EngineFiles;
import io.jcompose.runtime.container.OverlayRootfs;
import io.jcompose.runtime.container.SpecBundleWriter;
import io.jcompose.runtime.container.exec.Execs;
import io.jcompose.runtime.container.exec.RuncExecRunner;
import io.jcompose.runtime.container.monitor.ConmonRunc;
import io.jcompose.runtime.container.monitor.ExitWatcher;
import io.jcompose.runtime.container.spec.SpecHost;
import io.jcompose.runtime.events.EngineEvent;
import io.jcompose.runtime.events.EventLog;
import io.jcompose.runtime.image.layer.LayerExtractor;
import io.jcompose.runtime.image.layer.Snapshots;
import io.jcompose.runtime.image.service.ImageUnpacker;
import io.jcompose.runtime.image.store.AtomicFiles;
import io.jcompose.runtime.image.store.ImageStore;
import io.jcompose.runtime.registry.RegistryOptions;
import io.jcompose.runtime.sys.Native;
import io.jcompose.runtime.volume.ContainerVolumes;
import io.jcompose.runtime.volume.Volumes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One running engine: it owns a state directory (by its lock), serves the API on a socket, and on close gives
 * both back (socket and pid file removed, lock released), so a new engine can start at once.
 */
public final class Engine implements AutoCloseable {

    private final EngineOptions options;
    private final EngineLock lock;
    private final EngineServer server;
    private final String engineId;
    private final Closer services;
    private boolean closed;

    /** Closes what runs beside the server (watchers, timers); containers keep running under their monitors. */
    @FunctionalInterface
    private interface Closer {
        void close() throws IOException;
    }

    private Engine(EngineOptions options, EngineLock lock, EngineServer server, String engineId,
            Closer services) {
        this.options = options;
        this.lock = lock;
        this.server = server;
        this.engineId = engineId;
        this.services = services;
    }

    /**
     * Takes the state directory's lock, writes the pid file, opens the stores and serves the API. Throws
     * {@link EngineLockedException} when another engine owns the state, IOException when the socket is in use.
     */
    public static Engine start(EngineOptions options, String version, HostFacts host, long pid) throws IOException {
        createPrivateDirectory(options.state());
        EngineLock lock = EngineLock.acquire(options.lockFile(), pid);
        Optional<EngineNetworking> opened = Optional.empty();
        try {
            refuseSocketInUse(options.socket());
            AtomicFiles.write(options.pidFile(), (pid + "\n").getBytes(StandardCharsets.US_ASCII));
            String engineId = engineId(options.state());
            ImageStore images = ImageStore.open(options.images());
            Snapshots snapshots = new Snapshots(options.state(), new LayerExtractor(Native.linux()));
            snapshots.recover();
            ConmonRunc runtime = ConmonRunc.under(options.state());
            EventLog events = new EventLog();
            Optional<EngineNetworking> networking = EngineNetworking.open(options.state(), events);
            opened = networking;
            ContainerStore store = ContainerStore.open(options.state());
            Volumes volumes = Volumes.open(options.state(), () -> store.all().stream()
                    .map(r -> ContainerVolumes.user(r.id().hex(), r.state().status().isAlive(), r.hostConfig()))
                    .toList(), Native.linux());
            Execs execs = new Execs(store, RuncExecRunner.under(options.state()));
            Containers containers = new Containers(store, images, new ImageUnpacker(images.blobs(), snapshots),
                    new OverlayRootfs(Native.linux(), options.state().resolve("empty-layer")), runtime,
                    new SpecBundleWriter(SpecHost.detect(), volumes,
                    EngineNames.cgroupParent(options.state())), EngineFiles.ofHost(), Clock.systemUTC(), execs::probe,
                    networking.<ContainerNetworking>map(EngineNetworking::networks).orElse(ContainerNetworking.NONE));
            networking.ifPresent(n -> n.networks().containerLookup(containers.store()::lookup));
            containers.storage(new EngineVolumes(volumes));
            containers.events().subscribe(e -> events.publish(new EngineEvent("container", e.action(), e.id().hex(),
                    e.attributes(), e.time())));
            ExitWatcher exits = ExitWatcher.watch(runtime.exitDir(), containers::exited);
            containers.adopt();
            execs.follow(containers.events());
            BuildService builds = BuildService.open(options.state().resolve("build"), images, snapshots,
                    new RegistryBaseImages(images, RegistryClients.of(RegistryOptions.defaults())),
                    EngineNames.cgroupParent(options.state()));
            var context = new EngineRoutes.EngineContext(engineId, version, options, host, images, snapshots,
                    containers, execs, networking.map(EngineNetworking::networks), events, volumes, builds);
            EngineServer server = EngineServer.start(options.socket(), EngineRoutes.all(context));
            return new Engine(options, lock, server, engineId, () -> {
                exits.close();
                containers.close();
                if (networking.isPresent()) {
                    networking.get().close();
                    boolean running = containers.store().all().stream()
                            .anyMatch(c -> c.state().status().isAlive());
                    if (networking.get().ephemeral() && !running) {
                        networking.get().removeFromHost();
                        io.jcompose.runtime.container.stats.CgroupFs.host(EngineNames.cgroupParent(options.state()))
                                .removeParent();
                    }
                }
            });
        } catch (IOException | RuntimeException e) {
            // an engine that failed to start leaves no bridge or chain of its own behind
            if (opened.isPresent() && opened.get().ephemeral()) {
                try {
                    opened.get().removeFromHost();
                } catch (IOException | RuntimeException cleanup) {
                    e.addSuppressed(cleanup);
                }
            }
            Files.deleteIfExists(options.pidFile());
            lock.close();
            throw e;
        }
    }

    public EngineOptions options() {
        return options;
    }

    public String engineId() {
        return engineId;
    }


    /** Stops serving, removes the socket and the pid file, and releases the lock; safe to call twice. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            server.close();
            services.close();
        } finally {
            try {
                Files.deleteIfExists(options.pidFile());
            } finally {
                lock.close();
            }
        }
    }

    /** A live socket belongs to another engine (maybe on another state directory): never take it over. */
    private static void refuseSocketInUse(Path socket) throws IOException {
        if (!Files.exists(socket)) {
            return;
        }
        try {
            new UnixSocketHttp(socket).send("GET", "/_ping", Map.of(), null);
        } catch (IOException e) {
            return; // a stale socket file left by an engine that died; the server replaces it
        }
        throw new IOException("cannot serve the engine API at " + socket + ": another engine answers there");
    }

    /** The engine's stable ID, made once per state directory as docker does. */
    private static String engineId(Path state) throws IOException {
        Path file = state.resolve("engine-id");
        if (Files.exists(file)) {
            String id = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (!id.isEmpty()) {
                return id;
            }
        }
        String id = UUID.randomUUID().toString();
        AtomicFiles.write(file, (id + "\n").getBytes(StandardCharsets.US_ASCII));
        return id;
    }

    private static void createPrivateDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
    }
}
