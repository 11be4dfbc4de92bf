package io.jcompose.runtime.volume;

import io.jcompose.engine.api.json.ContainerInspectJson.MountPointJson;
import io.jcompose.engine.api.json.HostConfigJson;
import io.jcompose.runtime.sys.Native;
import io.jcompose.volumes.LocalDriverOptions;
import io.jcompose.volumes.VolumeException;
import io.jcompose.volumes.VolumeMount;
import io.jcompose.volumes.VolumeName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's volume service, docker's local driver: create, inspect, remove (refused while a container uses
 * the volume), prune; and for a starting container, the volume behind each mount, made on first use, mounted
 * if it has a device, and filled from the image when empty. Who uses a volume is read from the containers each
 * time, never counted separately.
 */
public final class Volumes implements VolumeMounts {

    private static final Logger LOG = LoggerFactory.getLogger(Volumes.class);

    private final VolumeStore store;
    private final VolumeUsers users;
    private final DriverMounts mounts;
    private final CopyUp copyUp;
    private final Clock clock;
    private final RandomGenerator random;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    public Volumes(VolumeStore store, VolumeUsers users, Native sys, Clock clock, RandomGenerator random) {
        this.store = store;
        this.users = users;
        this.mounts = new DriverMounts(sys);
        this.copyUp = new CopyUp(sys);
        this.clock = clock;
        this.random = random;
    }

    /** Opens {@code STATE/volumes} and unmounts device volumes no running container uses (left by a crash). */
    public static Volumes open(Path state, VolumeUsers users, Native sys) throws IOException {
        Volumes volumes = new Volumes(VolumeStore.open(state), users, sys, Clock.systemUTC(), new SecureRandom());
        volumes.releaseUnused();
        return volumes;
    }

    public VolumeStore store() {
        return store;
    }

    /**
     * {@code docker volume create}: an empty name gets a random one; an existing name returns that volume as it
     * is (docker's local driver); only the {@code local} driver exists.
     */
    public synchronized VolumeRecord create(String name, String driver, Map<String, String> driverOpts,
            Map<String, String> labels) throws IOException {
        String chosen = name == null || name.isEmpty() ? VolumeName.anonymous(random).value() : name;
        return create(chosen, driver, driverOpts, labels, null);
    }

    private synchronized VolumeRecord create(String name, String driver, Map<String, String> driverOpts,
            Map<String, String> labels, VolumeRecord.Owner owner) throws IOException {
        if (driver != null && !driver.isEmpty() && !driver.equals("local")) {
            throw new VolumeException(VolumeException.Kind.NOT_FOUND, "error looking up volume plugin " + driver
                    + ": plugin \"" + driver + "\" not found");
        }
        Optional<VolumeRecord> existing = store.lookup(name);
        if (existing.isPresent()) {
            return existing.get();
        }
        VolumeName valid;
        LocalDriverOptions options;
        try {
            valid = VolumeName.of(name);
            options = LocalDriverOptions.of(driverOpts);
        } catch (VolumeException e) {
            throw new VolumeException(e.kind(), "create " + name + ": " + e.getMessage());
        }
        VolumeRecord record = new VolumeRecord(valid.value(), "local", labels, options.options(), clock.instant(),
                store.data(valid).toString(), owner);
        store.add(record);
        return record;
    }

    /** {@code docker volume inspect}: the volume or {@code get NAME: no such volume}. */
    public VolumeRecord get(String name) {
        return store.get(name);
    }

    public List<VolumeRecord> list() {
        return store.all();
    }

    /** The full IDs of the containers that mount the volume (created, running or stopped), sorted. */
    public List<String> usedBy(String name) {
        VolumeRecord record = store.get(name);
        Set<String> ids = new TreeSet<>();
        for (VolumeUser user : users.all()) {
            boolean owner = record.owner() != null && record.owner().containerId().equals(user.containerId());
            if (owner || user.volumes().contains(name)) {
                ids.add(user.containerId());
            }
        }
        return List.copyOf(ids);
    }

    /**
     * {@code docker volume rm [-f]}: refused while any container uses it ({@code force} does not change that, as
     * in docker); {@code force} makes a missing volume no error.
     */
    public synchronized void remove(String name, boolean force) throws IOException {
        if (store.lookup(name).isEmpty()) {
            if (force) {
                return;
            }
            throw VolumeException.notFound(name);
        }
        List<String> using = usedBy(name);
        if (!using.isEmpty()) {
            throw new VolumeException(VolumeException.Kind.CONFLICT, "remove " + name + ": volume is in use - ["
                    + String.join(", ", using) + "]");
        }
        Path data = store.data(VolumeName.of(name));
        mounts.unmount(data);
        if (mounts.mounted(data)) {
            throw new VolumeException(VolumeException.Kind.FAILED, "remove " + name + ": its data is still mounted at "
                    + data);
        }
        store.remove(name);
    }

    /** Removes the unused volumes {@code filter} accepts (the caller decides anonymous-only or all). */
    public synchronized PruneReport prune(Predicate<VolumeRecord> filter) throws IOException {
        List<String> deleted = new ArrayList<>();
        long space = 0;
        for (VolumeRecord record : store.all()) {
            if (!filter.test(record) || !usedBy(record.name()).isEmpty()) {
                continue;
            }
            long size = size(record.name());
            remove(record.name(), false);
            deleted.add(record.name());
            space += size;
        }
        return new PruneReport(deleted, space);
    }

    /** Bytes of data in the volume (docker's {@code UsageData.Size}). */
    public long size(String name) throws IOException {
        return DiskUsage.of(store.data(VolumeName.of(store.get(name).name())));
    }

    /**
     * The container-create hook: checks the request's volume mounts (docker's messages) and creates the named
     * volumes that do not exist yet, as docker does at create.
     */
    public void prepare(HostConfigJson host) throws IOException {
        for (VolumeMount mount : ContainerVolumes.of(host == null ? HostConfigJson.empty() : host)) {
            if (mount.name().isPresent()) {
                create(mount.name().get().value(), "local", Map.of(), Map.of(), null);
            }
        }
    }

    /** The container's mounts as {@code GET /containers/{id}/json} shows them ({@code Mounts}). */
    public List<MountPointJson> mountPoints(String containerId, HostConfigJson host) {
        return new MountPoints(store).of(containerId, host == null ? HostConfigJson.empty() : host);
    }

    /**
     * The hook after a container is stored: an anonymous volume it mounts by name whose container is gone (docker
     * compose hands a recreated container its predecessor's) becomes this container's, so its {@code rm -v}
     * removes it as docker does. Returns the names adopted.
     */
    public synchronized List<String> adopt(String containerId, HostConfigJson host) throws IOException {
        Set<String> containers = new TreeSet<>();
        users.all().forEach(u -> containers.add(u.containerId()));
        List<String> adopted = new ArrayList<>();
        for (VolumeMount mount : ContainerVolumes.of(host == null ? HostConfigJson.empty() : host)) {
            Optional<VolumeRecord> record = mount.name().flatMap(n -> store.lookup(n.value()));
            if (record.isEmpty() || !record.get().anonymous() || record.get().owner() != null
                    && (record.get().owner().containerId().equals(containerId)
                            || containers.contains(record.get().owner().containerId()))) {
                continue;
            }
            VolumeRecord r = record.get();
            store.add(new VolumeRecord(r.name(), r.driver(), r.labels(), r.options(), r.created(), r.mountpoint(),
                    new VolumeRecord.Owner(containerId, mount.target())));
            adopted.add(r.name());
        }
        return adopted;
    }

    /** The {@code rm -v} hook, after the container is gone: removes the anonymous volumes made for it. */
    public synchronized List<String> removeAnonymous(String containerId) throws IOException {
        List<String> removed = new ArrayList<>();
        for (VolumeRecord record : store.all()) {
            if (record.owner() == null || !record.owner().containerId().equals(containerId)) {
                continue;
            }
            if (usedBy(record.name()).isEmpty()) {
                remove(record.name(), false);
                removed.add(record.name());
            } else {
                LOG.info("keeping anonymous volume {}: still used by {}", record.name(), usedBy(record.name()));
            }
        }
        return removed;
    }

    /**
     * The container-exit hook (also after a failed start): drops the container's hold on device volumes it
     * attached and unmounts those no running container uses.
     */
    public void released(String containerId) throws IOException {
        mounts.release(containerId);
        releaseUnused();
    }

    /** Unmounts device volumes no running container uses and no starting container holds. */
    public synchronized void releaseUnused() throws IOException {
        Set<String> inUse = new TreeSet<>();
        Set<String> running = new TreeSet<>();
        for (VolumeUser user : users.all()) {
            if (user.running()) {
                inUse.addAll(user.volumes());
                running.add(user.containerId());
            }
        }
        for (VolumeRecord record : store.all()) {
            Path data = store.data(VolumeName.of(record.name()));
            boolean used = inUse.contains(record.name())
                    || record.owner() != null && running.contains(record.owner().containerId());
            if (!record.options().isEmpty() && !used && !mounts.pinned(data)) {
                mounts.unmount(data);
            }
        }
    }

    @Override
    public Path attach(String containerId, VolumeMount mount, Path rootfs) throws IOException {
        VolumeRecord record = mount.name().isPresent()
                ? create(mount.name().get().value(), "local", Map.of(), Map.of(), null)
                : anonymous(containerId, mount.target());
        synchronized (locks.computeIfAbsent(record.name(), n -> new Object())) {
            Path data = store.data(VolumeName.of(record.name()));
            mounts.mount(record, data, containerId);
            if (!mount.noCopy() && mount.subpath().isEmpty() && !ScopedPath.hasEntries(data)) {
                Path image = ScopedPath.resolve(rootfs, mount.target());
                if (Files.isDirectory(image, LinkOption.NOFOLLOW_LINKS)) {
                    copyUp.copy(image, data);
                }
            }
            if (mount.subpath().isEmpty()) {
                return data;
            }
            Path sub = ScopedPath.resolve(data, mount.subpath().get());
            if (!Files.exists(sub, LinkOption.NOFOLLOW_LINKS)) {
                throw VolumeException.invalid("cannot mount volume " + record.name() + " at " + mount.target()
                        + ": subpath \"" + mount.subpath().get() + "\" does not exist in the volume");
            }
            return sub;
        }
    }

    /** The anonymous volume made for this container and path before (a restart), or a new one. */
    private synchronized VolumeRecord anonymous(String containerId, String target) throws IOException {
        for (VolumeRecord record : store.all()) {
            if (record.owner() != null && record.owner().containerId().equals(containerId)
                    && record.owner().target().equals(target)) {
                return record;
            }
        }
        return create(VolumeName.anonymous(random).value(), "local", Map.of(),
                Map.of(VolumeRecord.ANONYMOUS_LABEL, ""), new VolumeRecord.Owner(containerId, target));
    }
}
