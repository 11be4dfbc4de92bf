package io.jcompose.runtime.volume;

import io.jcompose.runtime.sys.Native;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.util.HashMap;
import java.util.Map;

/**
 * Fills a new volume from the image's content at its mount path, as docker does on first use: files, directories,
 * symlinks, hard links (kept linked), fifos and device nodes, each with its owner, mode (setuid bits included),
 * times, file capabilities and {@code user.*} attributes; sockets are skipped.
 */
public final class CopyUp {

    private static final int S_IFMT = 0170000;
    private static final int S_IFSOCK = 0140000;
    private static final String CAPABILITY = "security.capability";

    private final Native sys;

    public CopyUp(Native sys) {
        this.sys = sys;
    }

    /** Copies what is inside {@code source} into the existing directory {@code target}, and the source's owner and mode onto it. */
    public void copy(Path source, Path target) throws IOException {
        Map<String, Path> linked = new HashMap<>();
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Path to = target.resolve(source.relativize(dir).toString());
                if (!dir.equals(source)) {
                    Files.createDirectory(to);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes basic) throws IOException {
                Path to = target.resolve(source.relativize(file).toString());
                Map<String, Object> a = Files.readAttributes(file, "unix:mode,uid,gid,ino,dev,nlink,rdev",
                        LinkOption.NOFOLLOW_LINKS);
                int mode = (Integer) a.get("mode");
                int type = mode & S_IFMT;
                if (basic.isSymbolicLink()) {
                    Files.createSymbolicLink(to, Files.readSymbolicLink(file));
                    sys.lchown(to, (Integer) a.get("uid"), (Integer) a.get("gid"));
                    sys.lutimes(to, basic.lastAccessTime().toInstant(), basic.lastModifiedTime().toInstant());
                    return FileVisitResult.CONTINUE;
                }
                if (type == S_IFSOCK) {
                    return FileVisitResult.CONTINUE;
                }
                if (basic.isRegularFile() && (Integer) a.get("nlink") > 1) {
                    String key = a.get("dev") + ":" + a.get("ino");
                    Path first = linked.putIfAbsent(key, to);
                    if (first != null) {
                        Files.createLink(to, first);
                        return FileVisitResult.CONTINUE;
                    }
                }
                if (basic.isRegularFile()) {
                    Files.copy(file, to, LinkOption.NOFOLLOW_LINKS); // owner, mode, times: finish() sets them once
                    copyCapability(file, to);
                } else {
                    long rdev = (Long) a.get("rdev");
                    sys.mknod(to, mode, major(rdev), minor(rdev));
                }
                finish(file, to, a, basic);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Path to = target.resolve(source.relativize(dir).toString());
                finish(dir, to, Files.readAttributes(dir, "unix:mode,uid,gid", LinkOption.NOFOLLOW_LINKS),
                        Files.readAttributes(dir, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Owner, then mode (a chown clears setuid bits), attributes, then times, which every change before moves. */
    private void finish(Path from, Path to, Map<String, Object> a, BasicFileAttributes basic) throws IOException {
        sys.lchown(to, (Integer) a.get("uid"), (Integer) a.get("gid"));
        sys.chmod(to, (Integer) a.get("mode") & 07777);
        copyUserAttributes(from, to);
        FileTime accessed = basic.lastAccessTime();
        sys.lutimes(to, accessed.toInstant(), basic.lastModifiedTime().toInstant());
    }

    private void copyCapability(Path from, Path to) throws IOException {
        var capability = sys.lgetxattr(from, CAPABILITY);
        if (capability.isPresent()) {
            sys.lsetxattr(to, CAPABILITY, capability.get());
        }
    }

    private static void copyUserAttributes(Path from, Path to) throws IOException {
        UserDefinedFileAttributeView in = Files.getFileAttributeView(from, UserDefinedFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (in == null) {
            return;
        }
        java.util.List<String> names;
        try {
            names = in.list();
        } catch (IOException | UnsupportedOperationException e) {
            return; // a file system without user attributes has none to copy
        }
        if (names.isEmpty()) {
            return;
        }
        UserDefinedFileAttributeView out = Files.getFileAttributeView(to, UserDefinedFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        for (String name : names) {
            ByteBuffer value = ByteBuffer.allocate(in.size(name));
            in.read(name, value);
            value.flip();
            out.write(name, value);
        }
    }

    private static int major(long rdev) {
        return (int) (((rdev >>> 8) & 0xfff) | ((rdev >>> 32) & ~0xfffL));
    }

    private static int minor(long rdev) {
        return (int) ((rdev & 0xff) | ((rdev >>> 12) & ~0xffL));
    }
}
