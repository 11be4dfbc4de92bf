package io.jcompose.cli.compose.copy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Extracts the tar the engine sends for {@code docker cp CONTAINER:SRC DEST} into a host directory, the top entry
 * renamed as docker's client renames it. No entry may leave the directory: names with {@code ..}, absolute names
 * and writes through a symlink the archive made are refused. Modes and modification times are kept; files are
 * owned by the user running the CLI.
 */
public final class HostUntar {

    private HostUntar() {
    }

    /**
     * @param from the archive's top name ({@code file.txt}); entries under it are renamed
     * @param to   the name it gets under {@code dir}; equal to {@code from} to keep it, empty to put a directory's
     *             contents straight into {@code dir}
     */
    public static void extract(InputStream in, Path dir, String from, String to) throws IOException {
        Path root = dir.toRealPath();
        List<TarArchiveEntry> dirs = new ArrayList<>();
        List<Path> dirPaths = new ArrayList<>();
        TarArchiveInputStream tar = new TarArchiveInputStream(in);
        for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
            String name = rename(strip(e.getName()), from, to);
            if (name.isEmpty()) {
                continue;
            }
            Path target = root.resolve(name).normalize();
            if (!target.startsWith(root) || name.startsWith("/") || List.of(name.split("/")).contains("..")) {
                throw new IOException("refusing archive entry \"" + e.getName() + "\": it leaves " + dir);
            }
            requireNoLinkBetween(root, target.getParent());
            if (e.isDirectory()) {
                if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(target);
                    Files.createDirectories(target);
                }
                dirs.add(e);
                dirPaths.add(target);
            } else if (e.isSymbolicLink()) {
                Files.deleteIfExists(target);
                Files.createSymbolicLink(target, Path.of(e.getLinkName()));
            } else if (e.isLink()) {
                Path linked = root.resolve(rename(strip(e.getLinkName()), from, to)).normalize();
                if (!linked.startsWith(root)) {
                    throw new IOException("refusing hard link \"" + e.getName() + "\": its target leaves " + dir);
                }
                Files.deleteIfExists(target);
                Files.createLink(target, linked);
            } else if (e.isFile()) {
                if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                    throw new IOException("cannot overwrite directory \"" + target + "\" with a file");
                }
                Path part = target.resolveSibling("." + target.getFileName() + ".jcompose-cp");
                try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE,
                        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                    tar.transferTo(out);
                }
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                finish(target, e);
            }
            // devices and fifos need privileges the copy does not assume; docker's client skips them too
        }
        for (int i = dirs.size() - 1; i >= 0; i--) {
            finish(dirPaths.get(i), dirs.get(i));
        }
    }

    /** {@code ./a/b} and {@code a/b/} as {@code a/b}. */
    static String strip(String name) {
        String n = name;
        while (n.startsWith("./")) {
            n = n.substring(2);
        }
        while (n.endsWith("/")) {
            n = n.substring(0, n.length() - 1);
        }
        return n;
    }

    /** The entry's name with its first component {@code from} replaced by {@code to}. */
    static String rename(String name, String from, String to) {
        if (from.isEmpty() || from.equals(to)) {
            return name;
        }
        if (name.equals(from)) {
            return to;
        }
        if (name.startsWith(from + "/")) {
            String rest = name.substring(from.length() + 1);
            return to.isEmpty() ? rest : to + "/" + rest;
        }
        return name;
    }

    private static void requireNoLinkBetween(Path root, Path dir) throws IOException {
        for (Path p = dir; p != null && p.startsWith(root) && !p.equals(root); p = p.getParent()) {
            if (Files.isSymbolicLink(p)) {
                throw new IOException("refusing to write through symlink " + p);
            }
        }
    }

    private static void finish(Path target, TarArchiveEntry e) throws IOException {
        Files.setPosixFilePermissions(target, permissions(e.getMode()));
        Files.setLastModifiedTime(target, FileTime.from(e.getModTime().toInstant()));
    }

    static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> out = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = PosixFilePermission.values(); // OWNER_READ .. OTHERS_EXECUTE
        for (int i = 0; i < 9; i++) {
            if ((mode & (1 << (8 - i))) != 0) {
                out.add(bits[i]);
            }
        }
        return out;
    }
}
