package io.jcompose.runtime.sys;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An in-memory {@link Native} for tests without root: device nodes become empty placeholder files, and owners,
 * xattrs and times on symlinks are only recorded. Lookups are by path suffix, since
 * layer code renames the directory it worked in.
 */
public final class FakeNative implements Native {

    /** One recorded device node. */
    public record Device(int mode, int major, int minor) {}

    /** One recorded owner change. */
    public record Owner(long uid, long gid) {}

    private final Map<Path, Device> devices = new HashMap<>();
    private final Map<Path, Map<String, byte[]>> xattrs = new HashMap<>();
    private final Map<Path, Owner> owners = new HashMap<>();
    private final List<String> calls = new ArrayList<>();

    @Override
    public synchronized void mknod(Path path, int mode, int major, int minor) throws IOException {
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(path.toString());
        }
        Files.createFile(path);
        devices.put(path, new Device(mode, major, minor));
        calls.add("mknod " + path);
    }

    @Override
    public synchronized void lsetxattr(Path path, String name, byte[] value) throws IOException {
        requireExists(path);
        xattrs.computeIfAbsent(path, p -> new HashMap<>()).put(name, value.clone());
        calls.add("lsetxattr " + name + " " + path);
    }

    @Override
    public synchronized Optional<byte[]> lgetxattr(Path path, String name) throws IOException {
        requireExists(path);
        return Optional.ofNullable(xattrs.getOrDefault(path, Map.of()).get(name)).map(byte[]::clone);
    }

    @Override
    public synchronized void chmod(Path path, int mode) throws IOException {
        Files.setAttribute(path, "unix:mode", mode);
    }

    @Override
    public synchronized void lchown(Path path, long uid, long gid) throws IOException {
        requireExists(path);
        owners.put(path, new Owner(uid, gid));
    }

    @Override
    public synchronized void lutimes(Path path, Instant accessed, Instant modified) throws IOException {
        requireExists(path);
        if (!Files.isSymbolicLink(path)) {
            Files.setLastModifiedTime(path, java.nio.file.attribute.FileTime.from(modified));
        }
    }

    /** The device node made at the path ending in {@code /suffix} (a path under a since-renamed directory). */
    public synchronized Optional<Device> device(String suffix) {
        return find(devices, suffix);
    }

    /** The owner last set on the path ending in {@code /suffix}, if any. */
    public synchronized Optional<Owner> owner(String suffix) {
        return find(owners, suffix);
    }

    /** The extended attribute {@code name} set on the path ending in {@code /suffix}, if any. */
    public synchronized Optional<byte[]> xattr(String suffix, String name) {
        return find(xattrs, suffix).map(m -> m.get(name));
    }

    private static <V> Optional<V> find(Map<Path, V> map, String suffix) {
        return map.entrySet().stream()
                .filter(e -> e.getKey().toString().endsWith("/" + suffix))
                .map(Map.Entry::getValue)
                .reduce((a, b) -> b);
    }

    /** Every mknod and lsetxattr call, in order, as {@code "mknod PATH"} or {@code "lsetxattr NAME PATH"}. */
    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    private static void requireExists(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new java.nio.file.NoSuchFileException(path.toString());
        }
    }

    private final Map<Path, String> mounts = new HashMap<>();

    /** Records the mount; fails like Linux when something is already mounted there by this fake. */
    @Override
    public synchronized void mount(String source, Path target, String type, long flags, String data)
            throws IOException {
        if (mounts.containsKey(target)) {
            throw new IOException("mount " + type + " on \"" + target + "\" failed: Device or resource busy");
        }
        mounts.put(target, type + " " + source + " " + data);
        calls.add("mount " + target);
    }

    @Override
    public synchronized void unmount(Path target, int flags) throws IOException {
        if (mounts.remove(target) == null) {
            throw new IOException("umount \"" + target + "\" failed: Invalid argument");
        }
        calls.add("umount " + target);
    }

    @Override
    public synchronized boolean isMounted(Path target) {
        return mounts.containsKey(target);
    }

    /** What is mounted, by target: {@code "TYPE SOURCE DATA"}. */
    public synchronized Map<Path, String> mounts() {
        return Map.copyOf(mounts);
    }
}
