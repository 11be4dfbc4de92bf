package io.jcompose.runtime.sys;

import com.sun.jna.LastErrorException;
import com.sun.jna.NativeLong;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/** {@link Native} through JNA on glibc (2.33 or later, which exports {@code mknod} itself). */
final class LinuxNative implements Native {

    private static final class Holder {
        static final LinuxNative INSTANCE = new LinuxNative(com.sun.jna.Native.load("c", LibC.class));
    }

    private final LibC libc;

    private LinuxNative(LibC libc) {
        this.libc = libc;
    }

    static LinuxNative instance() {
        return Holder.INSTANCE;
    }

    @Override
    public void mknod(Path path, int mode, int major, int minor) throws IOException {
        try {
            libc.mknod(path.toString(), mode, makedev(major, minor));
        } catch (LastErrorException e) {
            throw failure("mknod", path, e);
        }
    }

    @Override
    public void lsetxattr(Path path, String name, byte[] value) throws IOException {
        try {
            libc.lsetxattr(path.toString(), name, value, new NativeLong(value.length), 0);
        } catch (LastErrorException e) {
            throw failure("lsetxattr " + name + " on", path, e);
        }
    }

    @Override
    public Optional<byte[]> lgetxattr(Path path, String name) throws IOException {
        byte[] buffer = new byte[65536];
        try {
            long n = libc.lgetxattr(path.toString(), name, buffer, new NativeLong(buffer.length)).longValue();
            return Optional.of(Arrays.copyOf(buffer, (int) n));
        } catch (LastErrorException e) {
            if (e.getErrorCode() == LibC.ENODATA) {
                return Optional.empty();
            }
            throw failure("lgetxattr " + name + " on", path, e);
        }
    }

    @Override
    public void chmod(Path path, int mode) throws IOException {
        try {
            libc.chmod(path.toString(), mode);
        } catch (LastErrorException e) {
            throw failure("chmod", path, e);
        }
    }

    @Override
    public void lchown(Path path, long uid, long gid) throws IOException {
        try {
            libc.lchown(path.toString(), (int) uid, (int) gid);
        } catch (LastErrorException e) {
            throw failure("lchown", path, e);
        }
    }

    @Override
    public void lutimes(Path path, Instant accessed, Instant modified) throws IOException {
        long[] times = {accessed.getEpochSecond(), accessed.getNano(), modified.getEpochSecond(), modified.getNano()};
        try {
            libc.utimensat(LibC.AT_FDCWD, path.toString(), times, LibC.AT_SYMLINK_NOFOLLOW);
        } catch (LastErrorException e) {
            throw failure("utimensat", path, e);
        }
    }

    @Override
    public void mount(String source, Path target, String type, long flags, String data) throws IOException {
        try {
            libc.mount(source, target.toString(), type, new NativeLong(flags), data);
        } catch (LastErrorException e) {
            throw failure("mount " + type + " on", target, e);
        }
    }

    @Override
    public void unmount(Path target, int flags) throws IOException {
        try {
            libc.umount2(target.toString(), flags);
        } catch (LastErrorException e) {
            throw failure("umount", target, e);
        }
    }

    @Override
    public boolean isMounted(Path target) throws IOException {
        String field = " " + target.toAbsolutePath().normalize() + " ";
        for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/self/mounts"))) {
            if (line.contains(field)) {
                return true;
            }
        }
        return false;
    }

    /** Linux's {@code makedev}: 12 bits of major and 20 of minor, split across the 64-bit dev_t. */
    static long makedev(int major, int minor) {
        long ma = major & 0xffffffffL;
        long mi = minor & 0xffffffffL;
        return ((ma & 0xfffff000L) << 32) | ((ma & 0xfffL) << 8) | ((mi & 0xffffff00L) << 12) | (mi & 0xffL);
    }

    private IOException failure(String call, Path path, LastErrorException e) {
        return new IOException(call + " \"" + path + "\" failed: " + libc.strerror(e.getErrorCode()), e);
    }
}
