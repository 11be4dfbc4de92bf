package io.jcompose.runtime.api.container;

import io.jcompose.runtime.api.EngineServer;
import io.jcompose.runtime.api.Route;
import io.jcompose.runtime.container.ContainerStore;
import io.jcompose.runtime.container.Containers;
import io.jcompose.runtime.container.EngineFiles;
import io.jcompose.runtime.container.OverlayRootfs;
import io.jcompose.runtime.container.SpecBundleWriter;
import io.jcompose.runtime.container.monitor.ConmonRunc;
import io.jcompose.runtime.container.monitor.ExitWatcher;
import io.jcompose.runtime.engine.EngineOptions;
import io.jcompose.runtime.engine.EngineRoutes;
import io.jcompose.runtime.engine.HostFacts;
import io.jcompose.runtime.image.layer.LayerExtractor;
import io.jcompose.runtime.image.layer.Snapshots;
import io.jcompose.runtime.image.service.ImageUnpacker;
import io.jcompose.runtime.image.store.ImageStore;
import io.jcompose.runtime.sys.Native;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine as {@code Engine.start} assembles it (stores, conmon + runc, exit watcher, every route) plus the attach
 * route in front, until the lead wires {@link AttachRoute} into {@code EngineRoutes}.
 */
final class AttachEngine implements AutoCloseable {

    private static final HostFacts HOST = new HostFacts("box", "Debian GNU/Linux 12 (bookworm)", "12", "6.1.0",
            "x86_64", 2, 8L << 30, "1");

    private final ExitWatcher exits;
    private final Containers containers;
    private final EngineServer server;

    AttachEngine(EngineOptions options) throws IOException {
        ImageStore images = ImageStore.open(options.images());
        Snapshots snapshots = new Snapshots(options.state(), new LayerExtractor(Native.linux()));
        ConmonRunc runtime = ConmonRunc.under(options.state());
        containers = new Containers(ContainerStore.open(options.state()), images,
                new ImageUnpacker(images.blobs(), snapshots),
                new OverlayRootfs(Native.linux(), options.state().resolve("empty-layer")), runtime,
                new SpecBundleWriter(), EngineFiles.ofHost(), Clock.systemUTC());
        exits = ExitWatcher.watch(runtime.exitDir(), containers::exited);
        containers.adopt();
        var context = new EngineRoutes.EngineContext("test-engine", "0.1.0-test", options, HOST, images, snapshots,
                containers);
        List<Route> routes = new ArrayList<>(new AttachRoute(containers).routes());
        routes.addAll(EngineRoutes.all(context));
        server = EngineServer.start(options.socket(), routes);
    }

    @Override
    public void close() throws IOException {
        server.close();
        exits.close();
        containers.close();
    }
}
