package io.jcompose.runtime.container;

import io.jcompose.engine.api.json.HostConfigJson;
import io.jcompose.runtime.container.monitor.OciRuntime;
import io.jcompose.runtime.image.service.ImageUnpacker;
import io.jcompose.runtime.image.store.ImageStore;
import io.jcompose.runtime.image.store.StoredImage;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a container (the caller holds its lock): mounts its root, writes the engine's files and the OCI config,
 * creates it under conmon and starts it; a failure leaves nothing mounted and records docker's exit code.
 */
final class ContainerStarter {

    private static final Logger LOG = LoggerFactory.getLogger(ContainerStarter.class);

    private final ContainerStore store;
    private final ImageStore images;
    private final ImageUnpacker unpacker;
    private final OverlayRootfs rootfs;
    private final OciRuntime runtime;
    private final BundleWriter bundles;
    private final EngineFiles files;
    private final Clock clock;
    private final ContainerEvents events;
    private final ContainerNetworking networking;
    private volatile ContainerStorage storage = ContainerStorage.NONE;

    ContainerStarter(ContainerStore store, ImageStore images, ImageUnpacker unpacker, OverlayRootfs rootfs,
            OciRuntime runtime, BundleWriter bundles, EngineFiles files, Clock clock, ContainerEvents events,
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
        this.events = events;
    }

    void storage(ContainerStorage volumes) {
        this.storage = volumes;
    }

    void start(ContainerRecord record) throws IOException {
        ContainerLayout layout = store.layout(record.id());
        String id = record.id().hex();
        try {
            StoredImage image = images.resolve(record.imageId());
            runtime.delete(id, true);
            rootfs.unmount(layout);
            rootfs.mount(unpacker.lowerDirs(image), layout);
            HostConfigJson host = record.hostConfig();
            ContainerNetworking.Connected net = networking.connect(record);
            List<String> hosts = new java.util.ArrayList<>(net.hostsEntries());
            hosts.addAll(list(host.extraHosts()));
            List<String> dns = list(host.dns()).isEmpty() ? net.nameservers() : list(host.dns());
            files.write(layout, hostname(record), hosts, dns, list(host.dnsSearch()), list(host.dnsOptions()));
            bundles.write(record, image, layout, net.namespace());
            long pid = runtime.create(new OciRuntime.CreateRequest(id, record.name().value(), layout.bundle(),
                    layout.dir(), layout.log(), layout.pidFile(), record.tty(), logSizeMax(host),
                    Boolean.TRUE.equals(record.config().openStdin()),
                    Boolean.TRUE.equals(record.config().stdinOnce())));
            Files.deleteIfExists(layout.dir().resolve("oom"));
            runtime.start(id);
            store.update(record.withState(record.state().running(pid, clock.instant())));
            events.publish(record, "start");
        } catch (IOException | RuntimeException e) {
            cleanUpFailedStart(record, layout);
            int code = e.getMessage() != null && e.getMessage().contains("executable file not found") ? 127
                    : e.getMessage() != null && e.getMessage().contains("permission denied") ? 126 : 128;
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            store.update(record.withState(record.state().failed(code, message, clock.instant())));
            if (e instanceof ContainerException c) {
                throw c;
            }
            throw new ContainerException(code == 128 ? ContainerException.Kind.FAILED : ContainerException.Kind.INVALID,
                    "failed to start container " + record.id().shortId() + ": " + message, e);
        }
    }

    private void cleanUpFailedStart(ContainerRecord record, ContainerLayout layout) {
        try {
            runtime.delete(record.id().hex(), true);
        } catch (IOException e) {
            LOG.warn("cleaning up runtime state of {} failed: {}", record.id().shortId(), e.getMessage());
        }
        try {
            networking.disconnect(record);
        } catch (IOException | RuntimeException e) {
            LOG.warn("taking {} off its networks failed: {}", record.id().shortId(), e.getMessage());
        }
        try {
            storage.released(record.id());
        } catch (IOException | RuntimeException e) {
            LOG.warn("releasing the volumes of {} failed: {}", record.id().shortId(), e.getMessage());
        }
        try {
            rootfs.unmount(layout);
        } catch (IOException e) {
            LOG.warn("unmounting the root of {} failed: {}", record.id().shortId(), e.getMessage());
        }
    }

    private static String hostname(ContainerRecord record) {
        String configured = record.config().hostname();
        return configured == null || configured.isEmpty() ? record.id().shortId() : configured;
    }

    private static long logSizeMax(HostConfigJson host) {
        if (host.logConfig() == null || host.logConfig().config() == null) {
            return 0;
        }
        String size = host.logConfig().config().get("max-size");
        return size == null ? 0 : ByteSize.parse(size);
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values;
    }

    /** Runs {@code work} on the container's root: the live mount while it runs, else its overlay for the work only. */
    <T> T withRoot(ContainerRecord record, RootfsWork<T> work) throws IOException {
        ContainerLayout layout = store.layout(record.id());
        if (record.state().status().isAlive()) {
            return work.run(record, layout.rootfs());
        }
        rootfs.mount(unpacker.lowerDirs(images.resolve(record.imageId())), layout);
        try {
            return work.run(record, layout.rootfs());
        } finally {
            rootfs.unmount(layout);
        }
    }
}
