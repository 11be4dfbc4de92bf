package io.jcompose.runtime.container;

import io.jcompose.runtime.sys.Native;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A container's root: an overlay of the image's unpacked layers (read-only, shared) under the container's own
 * writable layer. Mounted before the container starts, unmounted when it stops, so nothing stays mounted for a
 * stopped container.
 */
public final class OverlayRootfs {

    /** The kernel reads mount options from one page. */
    private static final int MAX_OPTIONS = 4095;

    private final Native sys;
    private final Path emptyLower;

    /** {@code emptyLower} is an empty directory standing in for the layers of an image that has none. */
    public OverlayRootfs(Native sys, Path emptyLower) throws IOException {
        this.sys = sys;
        this.emptyLower = Files.createDirectories(emptyLower);
    }

    /** Mounts the overlay of {@code lowers} (top first) with the layout's upper and work dirs at its rootfs. */
    public void mount(List<Path> lowers, ContainerLayout layout) throws IOException {
        Files.createDirectories(layout.upper());
        Files.createDirectories(layout.work());
        Files.createDirectories(layout.rootfs());
        List<Path> layers = lowers.isEmpty() ? List.of(emptyLower) : lowers;
        String options = "lowerdir=" + layers.stream().map(Path::toString).collect(Collectors.joining(":"))
                + ",upperdir=" + layout.upper() + ",workdir=" + layout.work();
        if (options.length() > MAX_OPTIONS) {
            throw new IOException("cannot mount the root of container " + layout.dir().getFileName() + ": its "
                    + layers.size() + " layers make overlay options of " + options.length()
                    + " bytes, more than the kernel's " + MAX_OPTIONS);
        }
        sys.mount("overlay", layout.rootfs(), "overlay", 0, options);
    }

    /** Unmounts the rootfs if it is mounted (lazily, so a straggling process cannot keep the mount busy). */
    public void unmount(ContainerLayout layout) throws IOException {
        if (sys.isMounted(layout.rootfs())) {
            sys.unmount(layout.rootfs(), Native.MNT_DETACH);
        }
    }
}
