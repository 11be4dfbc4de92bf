package io.jcompose.runtime.volume;

import io.jcompose.runtime.sys.Native;
import io.jcompose.volumes.LocalDriverOptions;
import io.jcompose.volumes.VolumeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The mounts of local volumes made with {@code type}/{@code device}/{@code o}: made on a volume's data directory
 * at first use, taken down when no running container uses it. A volume just attached for a starting container is
 * pinned for a while, so a sweep cannot unmount it before its container runs.
 */
final class DriverMounts {

    static final Duration PIN = Duration.ofMinutes(2);

    private final Native sys;
    private final Clock clock;
    private final Map<Path, Instant> pinned = new ConcurrentHashMap<>();

    DriverMounts(Native sys, Clock clock) {
        this.sys = sys;
        this.clock = clock;
    }

    /** Mounts the volume's device on {@code data} unless it is already, and pins it. */
    void mount(VolumeRecord record, Path data) throws IOException {
        var args = LocalDriverOptions.of(record.options()).mountArgs();
        if (args.isEmpty()) {
            return;
        }
        pinned.put(data, clock.instant().plus(PIN));
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

    /** Whether a sweep must leave it mounted: pinned by a recent attach. */
    boolean pinned(Path data) {
        Instant until = pinned.get(data);
        if (until != null && until.isAfter(clock.instant())) {
            return true;
        }
        pinned.remove(data);
        return false;
    }

    /** Unmounts {@code data} if something is mounted there (detached: the kernel finishes when it is free). */
    void unmount(Path data) throws IOException {
        pinned.remove(data);
        if (sys.isMounted(data)) {
            sys.unmount(data, Native.MNT_DETACH);
        }
    }

    boolean mounted(Path data) throws IOException {
        return sys.isMounted(data);
    }
}
