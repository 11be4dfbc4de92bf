package io.jcompose.runtime.build;

import io.jcompose.runtime.sys.Native;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * Writes a directory as a layer tar: owners, modes, times, symlinks and hard links kept, and overlayfs's marks
 * turned into OCI whiteouts: a 0:0 character device becomes an empty {@code .wh.NAME}, a directory with
 * {@code trusted.overlay.opaque=y} gets a {@code .wh..wh..opq} entry.
 */
final class LayerTar {

    static final String OPAQUE_XATTR = "trusted.overlay.opaque";

    private final Native sys;

    LayerTar(Native sys) {
        this.sys = sys;
    }

    /** Writes {@code dir}'s contents (not the directory itself) to {@code out}, entries in name order. */
    void write(Path dir, OutputStream out) throws IOException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(dir)) {
            all = walk.skip(1).sorted().toList();
        }
        Map<Object, String> inodes = new HashMap<>();
        TarArchiveOutputStream tar = new TarArchiveOutputStream(out, StandardCharsets.UTF_8.name());
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        for (Path p : all) {
            String name = dir.relativize(p).toString();
            Map<String, Object> attrs = Files.readAttributes(p, "unix:*", LinkOption.NOFOLLOW_LINKS);
            int mode = (Integer) attrs.get("mode");
            int type = mode & 0170000;
            TarArchiveEntry entry;
            boolean content = false;
            if (type == 0020000 && ((Number) attrs.get("rdev")).longValue() == 0) {
                Path parent = p.getParent();
                String base = p.getFileName().toString();
                String wh = (parent.equals(dir) ? "" : dir.relativize(parent) + "/") + ".wh." + base;
                entry = new TarArchiveEntry(wh);
                entry.setSize(0);
                entry.setMode(0100000);
                stamp(entry, attrs);
                tar.putArchiveEntry(entry);
                tar.closeArchiveEntry();
                continue;
            }
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                entry = new TarArchiveEntry(name + "/");
            } else if (Files.isSymbolicLink(p)) {
                entry = new TarArchiveEntry(name, TarConstants.LF_SYMLINK);
                entry.setLinkName(Files.readSymbolicLink(p).toString());
            } else if (type == 0100000) {
                Object inode = Arrays.asList(attrs.get("dev"), attrs.get("ino"));
                String first = ((Number) attrs.get("nlink")).intValue() > 1 ? inodes.putIfAbsent(inode, name) : null;
                if (first != null) {
                    entry = new TarArchiveEntry(name, TarConstants.LF_LINK);
                    entry.setLinkName(first);
                } else {
                    entry = new TarArchiveEntry(name);
                    entry.setSize((Long) attrs.get("size"));
                    content = true;
                }
            } else {
                byte flag = type == 0020000 ? TarConstants.LF_CHR : type == 0060000 ? TarConstants.LF_BLK
                        : TarConstants.LF_FIFO;
                entry = new TarArchiveEntry(name, flag);
                long rdev = ((Number) attrs.get("rdev")).longValue();
                entry.setDevMajor((int) ((rdev >>> 8) & 0xfff));
                entry.setDevMinor((int) ((rdev & 0xff) | ((rdev >>> 12) & 0xfff00)));
            }
            entry.setMode(mode);
            stamp(entry, attrs);
            tar.putArchiveEntry(entry);
            if (content) {
                try (InputStream in = Files.newInputStream(p)) {
                    in.transferTo(tar);
                }
            }
            tar.closeArchiveEntry();
            if (entry.isDirectory() && isOpaque(p)) {
                TarArchiveEntry opq = new TarArchiveEntry(name + "/.wh..wh..opq");
                opq.setSize(0);
                opq.setMode(0100000);
                stamp(opq, attrs);
                tar.putArchiveEntry(opq);
                tar.closeArchiveEntry();
            }
        }
        tar.finish();
    }

    private boolean isOpaque(Path p) throws IOException {
        Optional<byte[]> v = sys.lgetxattr(p, OPAQUE_XATTR);
        return v.isPresent() && new String(v.get(), StandardCharsets.US_ASCII).equals("y");
    }

    private static void stamp(TarArchiveEntry entry, Map<String, Object> attrs) {
        entry.setUserId(((Number) attrs.get("uid")).longValue());
        entry.setGroupId(((Number) attrs.get("gid")).longValue());
        entry.setModTime(((java.nio.file.attribute.FileTime) attrs.get("lastModifiedTime")).toMillis());
    }
}
