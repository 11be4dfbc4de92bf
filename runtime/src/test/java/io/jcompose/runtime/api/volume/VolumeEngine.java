package io.jcompose.runtime.api.volume;

import io.jcompose.runtime.api.ApiResponse;
import io.jcompose.runtime.api.EngineServer;
import io.jcompose.runtime.api.Route;
import io.jcompose.runtime.container.ContainerNetworking;
import io.jcompose.runtime.container.ContainerRecord;
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
import io.jcompose.runtime.engine.EngineOptions;
import io.jcompose.runtime.engine.EngineRoutes;
import io.jcompose.runtime.engine.HostFacts;
import io.jcompose.runtime.image.layer.LayerExtractor;
import io.jcompose.runtime.image.layer.Snapshots;
import io.jcompose.runtime.image.service.ImageUnpacker;
import io.jcompose.runtime.image.store.ImageStore;
import io.jcompose.runtime.sys.Native;
import io.jcompose.runtime.volume.ContainerVolumes;
import io.jcompose.runtime.volume.Volumes;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The engine as {@code Engine.start} assembles it, without networks, plus volumes wired the way the lead is asked
 * to wire them: the bundle writer resolves volumes, exits release device volumes, {@code DELETE /containers/{id}?v=1}
 * removes the container's anonymous volumes, and the volume routes come first.
 */
final class VolumeEngine implements AutoCloseable {

    private static final HostFacts HOST = new HostFacts("box", "Debian GNU/Linux 12 (bookworm)", "12", "6.1.0",
            "x86_64", 2, 8L << 30, "1");

    final Volumes volumes;
    private final Containers containers;
    private final ExitWatcher exits;
    private final EngineServer server;

    VolumeEngine(EngineOptions options) throws IOException {
        ImageStore images = ImageStore.open(options.images());
        Snapshots snapshots = new Snapshots(options.state(), new LayerExtractor(Native.linux()));
        snapshots.recover();
        ConmonRunc runtime = ConmonRunc.under(options.state());
        ContainerStore store = ContainerStore.open(options.state());
        volumes = Volumes.open(options.state(), () -> store.all().stream()
                .map(r -> ContainerVolumes.user(r.id().hex(), r.state().status().isAlive(), r.hostConfig()))
                .toList(), Native.linux());
        Execs execs = new Execs(store, RuncExecRunner.under(options.state()));
        containers = new Containers(store, images, new ImageUnpacker(images.blobs(), snapshots),
                new OverlayRootfs(Native.linux(), options.state().resolve("empty-layer")), runtime,
                new SpecBundleWriter(SpecHost.detect(), volumes), EngineFiles.ofHost(), Clock.systemUTC(),
                execs::probe, ContainerNetworking.NONE);
        exits = ExitWatcher.watch(runtime.exitDir(), id -> {
            containers.exited(id);
            try {
                volumes.released(id);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        containers.adopt();
        execs.follow(containers.events());
        var context = new EngineRoutes.EngineContext("test-engine", "0.1.0-test", options, HOST, images, snapshots,
                containers, execs, Optional.empty());
        List<Route> routes = new ArrayList<>(new VolumeRoutes(volumes).routes());
        List<Route> engine = EngineRoutes.all(context);
        Route remove = engine.stream().filter(r -> r.method().equals("DELETE")
                && r.template().equals("/containers/{id}")).findFirst().orElseThrow();
        routes.add(new Route("DELETE", "/containers/{id}", request -> {
            Optional<ContainerRecord> record = store.lookup(request.pathParam("id"));
            ApiResponse response = remove.handler().handle(request);
            if (record.isPresent() && request.flag("v")) {
                volumes.removeAnonymous(record.get().id().hex());
            }
            return response;
        }));
        routes.addAll(engine);
        server = EngineServer.start(options.socket(), routes);
    }

    @Override
    public void close() throws IOException {
        server.close();
        exits.close();
        containers.close();
    }
}
