package io.jcompose.runtime.volume;

import io.jcompose.runtime.sys.Native;
import io.jcompose.volumes.LocalDriverOptions;
import io.jcompose.volumes.VolumeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The mounts of local volumes made with {@code type}/{@code device}/{@code o}: made on a volume's data directory
 * at first use, taken down when no running container uses it. A volume attached for a starting container is
 * pinned by that container until it is released (its start failed or it exited), so a sweep cannot unmount it
 * before its container runs.
 */
final class DriverMounts {

    private final Native sys;
    private final Map<Path, Set<String>> pins = new ConcurrentHashMap<>();

    DriverMounts(Native sys) {
        this.sys = sys;
    }

    /** Mounts the volume's device on {@code data} unless it is already, pinned by {@code containerId}. */
    void mount(VolumeRecord record, Path data, String containerId) throws IOException {
        var args = LocalDriverOptions.of(record.options()).mountArgs();
        if (args.isEmpty()) {
            return;
        }
        pins.computeIfAbsent(data, d -> ConcurrentHashMap.newKeySet()).add(containerId);
        if (sys.isMounted(data)) {
            return;
        }
        var a = args.get();
        if (a.bind() && !Files.isDirectory(Path.of(a.source()))) {
            throw new VolumeException(VolumeException.Kind.FAILED, "error while mounting volume '" + data
                    + "': failed to mount local volume: mount " + a.source() + ":" + data
                    + ": no such file or directory");
        }
        try {
            sys.mount(a.source(), data, a.type() == null || a.type().isEmpty() ? "none" : a.type(), a.flags(),
                    a.data().isEmpty() ? null : a.data());
        } catch (IOException e) {
            throw new VolumeException(VolumeException.Kind.FAILED, "error while mounting volume '" + data
                    + "': failed to mount local volume: " + e.getMessage(), e);
        }
    }

    /** Whether a sweep must leave it mounted: a container that attached it has not been released. */
    boolean pinned(Path data) {
        Set<String> by = pins.get(data);
        return by != null && !by.isEmpty();
    }

    /** Drops the container's pins (its start failed, or it exited). */
    void release(String containerId) {
        pins.values().forEach(by -> by.remove(containerId));
        pins.values().removeIf(Set::isEmpty);
    }

    /** Unmounts {@code data} if something is mounted there (detached: the kernel finishes when it is free). */
    void unmount(Path data) throws IOException {
        pins.remove(data);
        if (sys.isMounted(data)) {
            sys.unmount(data, Native.MNT_DETACH);
        }
    }

    boolean mounted(Path data) throws IOException {
        return sys.isMounted(data);
    }
}
