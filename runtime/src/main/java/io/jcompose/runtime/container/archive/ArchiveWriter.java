package io.jcompose.runtime.container.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * Writes a file, symlink or directory tree as the tar {@code docker cp} expects: the top entry renamed to the name
 * the client asked for (entries of the root start with {@code /}), symlinks never followed, hard links kept,
 * numeric owners, permissions with setuid/setgid/sticky, sockets left out. Files that vanish while a running
 * container changes the tree are skipped; a file that shrinks or grows keeps the size its header promised.
 */
public final class ArchiveWriter {

    private static final int S_IFMT = 0170000;
    private static final int S_IFDIR = 0040000;
    private static final int S_IFLNK = 0120000;
    private static final int S_IFREG = 0100000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFBLK = 0060000;
    private static final int S_IFIFO = 0010000;

    private final TarArchiveOutputStream tar;
    private final Map<String, String> hardLinks = new HashMap<>();

    private ArchiveWriter(OutputStream out) {
        this.tar = new TarArchiveOutputStream(out);
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        tar.setAddPaxHeadersForNonAsciiNames(true);
    }

    /** Writes the tar of {@code host} (itself if it is a symlink) with its top entry named {@code top}. */
    public static void write(Path host, String top, OutputStream out) throws IOException {
        ArchiveWriter writer = new ArchiveWriter(out);
        writer.add(host, top, true);
        writer.tar.finish();
        out.flush();
    }

    private void add(Path path, String name, boolean top) throws IOException {
        Map<String, Object> attrs;
        try {
            attrs = Files.readAttributes(path, "unix:*", LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            if (top) {
                throw e;
            }
            return; // removed by the running container while we walked
        }
        int mode = (Integer) attrs.get("mode");
        int type = mode & S_IFMT;
        if (type == S_IFDIR) {
            String dirName = name.endsWith("/") ? name : name + "/";
            tar.putArchiveEntry(entry(dirName, TarConstants.LF_DIR, attrs));
            tar.closeArchiveEntry();
            for (Path child : children(path, top)) {
                add(child, dirName + child.getFileName(), false);
            }
        } else if (type == S_IFLNK) {
            TarArchiveEntry entry = entry(name, TarConstants.LF_SYMLINK, attrs);
            entry.setLinkName(Files.readSymbolicLink(path).toString());
            tar.putArchiveEntry(entry);
            tar.closeArchiveEntry();
        } else if (type == S_IFREG) {
            regular(path, name, attrs);
        } else if (type == S_IFCHR || type == S_IFBLK || type == S_IFIFO) {
            byte flag = type == S_IFCHR ? TarConstants.LF_CHR : type == S_IFBLK ? TarConstants.LF_BLK
                    : TarConstants.LF_FIFO;
            TarArchiveEntry entry = entry(name, flag, attrs);
            if (type != S_IFIFO) {
                long rdev = (Long) attrs.get("rdev");
                entry.setDevMajor((int) (((rdev >>> 8) & 0xfff) | ((rdev >>> 32) & ~0xfffL)));
                entry.setDevMinor((int) ((rdev & 0xff) | ((rdev >>> 12) & ~0xffL)));
            }
            tar.putArchiveEntry(entry);
            tar.closeArchiveEntry();
        }
        // sockets (and anything else) have no tar form: docker leaves them out too
    }

    private void regular(Path path, String name, Map<String, Object> attrs) throws IOException {
        if ((Integer) attrs.get("nlink") > 1) {
            String key = attrs.get("dev") + ":" + attrs.get("ino");
            String first = hardLinks.putIfAbsent(key, name);
            if (first != null) {
                TarArchiveEntry link = entry(name, TarConstants.LF_LINK, attrs);
                link.setLinkName(first);
                tar.putArchiveEntry(link);
                tar.closeArchiveEntry();
                return;
            }
        }
        long size = (Long) attrs.get("size");
        TarArchiveEntry entry = entry(name, TarConstants.LF_NORMAL, attrs);
        entry.setSize(size);
        tar.putArchiveEntry(entry);
        long written = 0;
        try (InputStream in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
            byte[] buffer = new byte[65536];
            int n;
            while (written < size && (n = in.read(buffer, 0, (int) Math.min(buffer.length, size - written))) > 0) {
                tar.write(buffer, 0, n);
                written += n;
            }
        } catch (NoSuchFileException e) {
            // removed after we read its attributes: the header is out, so fill it with zeros
        }
        byte[] zeros = new byte[8192];
        while (written < size) {
            int n = (int) Math.min(zeros.length, size - written);
            tar.write(zeros, 0, n);
            written += n;
        }
        tar.closeArchiveEntry();
    }

    private static TarArchiveEntry entry(String name, byte flag, Map<String, Object> attrs) {
        TarArchiveEntry entry = new TarArchiveEntry(name, flag, true);
        entry.setMode((Integer) attrs.get("mode") & 07777);
        entry.setUserId(((Integer) attrs.get("uid")).longValue());
        entry.setGroupId(((Integer) attrs.get("gid")).longValue());
        entry.setModTime((FileTime) attrs.get("lastModifiedTime"));
        return entry;
    }

    private static List<Path> children(Path dir, boolean top) throws IOException {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            entries.forEach(children::add);
        } catch (NoSuchFileException e) {
            if (top) {
                throw e;
            }
        }
        children.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        return children;
    }
}
