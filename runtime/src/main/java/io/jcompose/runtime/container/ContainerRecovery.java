package io.jcompose.runtime.container;

import io.jcompose.runtime.container.monitor.OciRuntime;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a starting engine does with the containers it finds on disk: collect the exits that happened while it was
 * down (conmon wrote them), keep live ones (resuming their health checks), mark vanished ones exited (255), and
 * apply restart policies as docker does.
 */
final class ContainerRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(ContainerRecovery.class);

    private final Containers containers;
    private final ContainerStore store;
    private final OciRuntime runtime;
    private final OverlayRootfs rootfs;
    private final ContainerHealth health;
    private final ContainerEvents events;
    private final Clock clock;

    ContainerRecovery(Containers containers, ContainerStore store, OciRuntime runtime, OverlayRootfs rootfs,
            ContainerHealth health, ContainerEvents events, Clock clock) {
        this.containers = containers;
        this.store = store;
        this.runtime = runtime;
        this.rootfs = rootfs;
        this.health = health;
        this.events = events;
        this.clock = clock;
    }

    void adoptAll() {
        for (ContainerRecord record : store.all()) {
            try {
                adopt(record);
            } catch (IOException | RuntimeException e) {
                LOG.warn("re-adopting container {} failed: {}", record.id().shortId(), e.getMessage());
            }
        }
    }

    private void adopt(ContainerRecord record) throws IOException {
        String id = record.id().hex();
        ContainerStatus status = record.state().status();
        if (status == ContainerStatus.RESTARTING) {
            store.update(record.withState(record.state().withStatus(ContainerStatus.EXITED)));
            containers.afterExit(store.get(record.id()));
            return;
        }
        if (!status.isAlive()) {
            if (RestartPolicy.of(record.hostConfig().restartPolicy()).startsWithEngine(record.state().stoppedByUser())
                    && record.state().startedAt().isPresent()) {
                containers.start(id);
            }
            return;
        }
        if (Files.exists(runtime.exitFile(id))) {
            containers.exited(id);
            return;
        }
        Optional<String> live = runtime.status(id);
        if (live.isPresent() && (live.get().equals("running") || live.get().equals("paused"))) {
            ContainerStatus now = live.get().equals("paused") ? ContainerStatus.PAUSED : ContainerStatus.RUNNING;
            if (now != status) {
                store.update(record.withState(record.state().withStatus(now)));
            }
            if (now == ContainerStatus.RUNNING) {
                health.started(store.get(record.id()));
            }
            return;
        }
        runtime.delete(id, true);
        rootfs.unmount(store.layout(record.id()));
        containers.disconnect(record);
        ContainerRecord gone = record.withState(record.state().exited(255, clock.instant(), false));
        store.update(gone);
        events.exited(record.id(), 255);
        containers.afterExit(gone);
    }
}
