package io.jcompose.cli.compose.copy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * A host file, symlink or directory tree as the tar {@code docker cp} sends to the engine: the top entry renamed
 * (to the destination's name, or left out for {@code SRC/.}, whose contents go in), symlinks kept as links except
 * the top one with {@code -L}, numeric owners and permission bits kept; sockets have no tar form and are left out.
 */
public final class HostTar {

    private final TarArchiveOutputStream tar;

    private HostTar(OutputStream out) {
        this.tar = new TarArchiveOutputStream(out);
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        tar.setAddPaxHeadersForNonAsciiNames(true);
    }

    /**
     * Writes the tar of {@code source} with its top entry named {@code top}; an empty {@code top} writes a
     * directory's contents only. {@code followTop}: a symlink given as source is copied as what it points to.
     */
    public static void write(Path source, String top, boolean followTop, OutputStream out) throws IOException {
        HostTar writer = new HostTar(out);
        Path start = followTop ? source.toRealPath() : source;
        if (top.isEmpty()) {
            for (Path child : children(start)) {
                writer.add(child, child.getFileName().toString());
            }
        } else {
            writer.add(start, top);
        }
        writer.tar.finish();
        out.flush();
    }

    private void add(Path path, String name) throws IOException {
        Map<String, Object> attrs = Files.readAttributes(path, "unix:*", LinkOption.NOFOLLOW_LINKS);
        if (Files.isSymbolicLink(path)) {
            TarArchiveEntry entry = entry(name, TarConstants.LF_SYMLINK, attrs);
            entry.setLinkName(Files.readSymbolicLink(path).toString());
            tar.putArchiveEntry(entry);
            tar.closeArchiveEntry();
        } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            String dir = name.endsWith("/") ? name : name + "/";
            tar.putArchiveEntry(entry(dir, TarConstants.LF_DIR, attrs));
            tar.closeArchiveEntry();
            for (Path child : children(path)) {
                add(child, dir + child.getFileName());
            }
        } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            TarArchiveEntry entry = entry(name, TarConstants.LF_NORMAL, attrs);
            entry.setSize((Long) attrs.get("size"));
            tar.putArchiveEntry(entry);
            try (InputStream in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
                in.transferTo(tar);
            }
            tar.closeArchiveEntry();
        }
    }

    private static TarArchiveEntry entry(String name, byte flag, Map<String, Object> attrs) {
        TarArchiveEntry entry = new TarArchiveEntry(name, flag, true);
        entry.setMode((Integer) attrs.get("mode") & 07777);
        entry.setUserId(((Integer) attrs.get("uid")).longValue());
        entry.setGroupId(((Integer) attrs.get("gid")).longValue());
        entry.setModTime((FileTime) attrs.get("lastModifiedTime"));
        return entry;
    }

    private static List<Path> children(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> list = Files.newDirectoryStream(dir)) {
            list.forEach(out::add);
        }
        out.sort(null);
        return out;
    }
}
