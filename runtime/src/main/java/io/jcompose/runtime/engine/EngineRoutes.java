package io.jcompose.runtime.engine;

import io.jcompose.runtime.api.Route;
import io.jcompose.runtime.api.SystemRoutes;
import io.jcompose.runtime.api.image.ImageRoutes;
import io.jcompose.runtime.api.image.RegistryClients;
import io.jcompose.runtime.api.container.ContainerRoutes;
import io.jcompose.runtime.api.container.AttachRoute;
import io.jcompose.runtime.api.container.StatsRoute;
import io.jcompose.runtime.api.container.TopRoute;
import io.jcompose.runtime.container.stats.ContainerStats;
import io.jcompose.runtime.container.stats.ProcessTable;
import io.jcompose.runtime.api.container.ExecRoutes;
import io.jcompose.runtime.api.network.NetworkRoutes;
import io.jcompose.runtime.api.container.LogsRoute;
import io.jcompose.runtime.container.exec.Execs;
import io.jcompose.runtime.container.Containers;
import io.jcompose.runtime.network.Networks;
import io.jcompose.runtime.registry.RegistryOptions;
import io.jcompose.runtime.image.layer.Snapshots;
import io.jcompose.runtime.image.service.ImageUnpacker;
import io.jcompose.runtime.image.store.ImageStore;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine's whole route table, assembled in one place from the route modules (system, images, later
 * containers, networks, volumes, events) and the stores they serve.
 */
public final class EngineRoutes {

    private EngineRoutes() {
    }

    /** Every route the engine serves; the first matching route wins, so specific paths come first. */
    public static List<Route> all(EngineContext context) {
        List<Route> routes = new ArrayList<>();
        routes.addAll(new SystemRoutes(context.version()).routes());
        routes.addAll(new InfoRoutes(context.engineId(), context.options().state(), context.version(),
                context.host(), context.images()).routes());
        // Route modules, one line each, with the stores from EngineContext they need.
        routes.addAll(new ImageRoutes(context.images(), RegistryClients.of(RegistryOptions.defaults()),
                context.containers(), java.time.Clock.systemUTC(),
                new ImageUnpacker(context.images().blobs(), context.snapshots())).routes());
        routes.addAll(new ContainerRoutes(context.containers(), java.time.Clock.systemUTC(),
                new LogsRoute(context.containers())::handle,
                r -> context.volumes().mountPoints(r.id().hex(), r.hostConfig())).routes());
        routes.addAll(new AttachRoute(context.containers()).routes());
        String cgroups = EngineNames.cgroupParent(context.options().state());
        routes.add(new TopRoute(context.containers().store(), ProcessTable.host(cgroups)).route());
        routes.add(new StatsRoute(context.containers().store(), ContainerStats.host(cgroups)).route());
        routes.addAll(new ExecRoutes(context.execs()).routes());
        routes.addAll(new io.jcompose.runtime.api.volume.VolumeRoutes(context.volumes()).routes());
        routes.add(new io.jcompose.runtime.api.build.BuildRoute(context.builds()).route());
        routes.addAll(new io.jcompose.runtime.api.container.ArchiveRoute(new io.jcompose.runtime.container.archive
                .ContainerArchives(io.jcompose.runtime.container.archive.ContainerRoots.of(context.containers()),
                        io.jcompose.runtime.sys.Native.linux())).routes());
        routes.add(new io.jcompose.runtime.api.events.EventsRoute(context.events(), java.time.Clock.systemUTC())
                .route());
        routes.add(new SystemDfRoute(routes).route()); // over the routes above
        context.networks().ifPresent(n -> routes.addAll(new NetworkRoutes(n, context.containers()).routes()));
        return List.copyOf(routes);
    }

    /** What route modules are built from: the engine's identity, its options and the stores it opened. */
    public record EngineContext(String engineId, String version, EngineOptions options, HostFacts host,
            ImageStore images, Snapshots snapshots, Containers containers, Execs execs, java.util.Optional<Networks> networks,
            io.jcompose.runtime.events.EventLog events, io.jcompose.runtime.volume.Volumes volumes,
            io.jcompose.runtime.build.BuildService builds) {
    }
}
