package io.jcompose.runtime.sys;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * The few Linux calls that Java NIO lacks (device nodes, xattrs and times on symlinks, owners without following
 * links), behind an interface so that layer code can be tested without root against {@link FakeNative}.
 * No method follows a symbolic link in the last component of its path.
 */
public interface Native {

    /** File type bits of {@code st_mode}, as in {@code <sys/stat.h>}. */
    int S_IFIFO = 0010000;
    int S_IFCHR = 0020000;
    int S_IFBLK = 0060000;

    /** Makes a device node or fifo; {@code mode} holds the type bits ({@link #S_IFCHR}...) and permissions. */
    void mknod(Path path, int mode, int major, int minor) throws IOException;

    /** Sets an extended attribute on the path itself, not on a symlink's target ({@code lsetxattr}). */
    void lsetxattr(Path path, String name, byte[] value) throws IOException;

    /** Reads an extended attribute of the path itself; empty if it is not set. */
    Optional<byte[]> lgetxattr(Path path, String name) throws IOException;

    /**
     * Sets permission bits including setuid, setgid and sticky ({@code chmod}); never call it on a symlink. Unlike
     * NIO's {@code unix:mode}, it does not open the file, which would block on a fifo or wake a device.
     */
    void chmod(Path path, int mode) throws IOException;

    /** Changes the owner of the path itself ({@code lchown}). */
    void lchown(Path path, long uid, long gid) throws IOException;

    /** Sets access and modification times of the path itself ({@code utimensat} with no-follow). */
    void lutimes(Path path, Instant accessed, Instant modified) throws IOException;

    /** {@code umount2} flag: detach now, finish when the mount is no longer busy. */
    int MNT_DETACH = 2;

    /** Mounts a file system ({@code mount(2)}); {@code data} is the file system's option string, may be null. */
    void mount(String source, Path target, String type, long flags, String data) throws IOException;

    /** Unmounts ({@code umount2}); {@code flags} such as {@link #MNT_DETACH}. */
    void unmount(Path target, int flags) throws IOException;

    /** Whether a file system is mounted exactly at {@code target}. */
    boolean isMounted(Path target) throws IOException;

    /** The real implementation for this machine. */
    static Native linux() {
        return LinuxNative.instance();
    }
}
