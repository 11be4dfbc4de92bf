package io.jcompose.cli.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes files of the host into a context tar as they are: directories, regular files with their mode, symlinks as
 * symlinks (never followed); sockets, pipes and devices are left out, as they cannot be copied into an image.
 * Remembers the directories written so that a parent is written once, before what is in it.
 */
final class FileEntries {

    private final TarWriter tar;
    private final Set<String> directories = new HashSet<>();

    FileEntries(TarWriter tar) {
        this.tar = tar;
    }

    /** Writes {@code file} as {@code name}; returns whether it is a directory (not a symlink to one). */
    boolean write(Path file, String name) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        long mtime = a.lastModifiedTime().toMillis() / 1000;
        if (a.isSymbolicLink()) {
            tar.symlink(name, Files.readSymbolicLink(file).toString(), mtime);
        } else if (a.isDirectory()) {
            if (directories.add(name)) {
                tar.directory(name, mode(file), mtime);
            }
            return true;
        } else if (a.isRegularFile()) {
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                tar.file(name, mode(file), mtime, a.size(), in);
            }
        }
        return false;
    }

    /** Writes the directory entries from {@code root} down to {@code relative}'s parent under {@code prefix}. */
    void parents(Path root, String prefix, String relative) throws IOException {
        int slash = relative.indexOf('/');
        while (slash > 0) {
            String dir = relative.substring(0, slash);
            write(root.resolve(dir), prefix + dir);
            slash = relative.indexOf('/', slash + 1);
        }
    }

    /** A directory entry that is not on the host (the named contexts' folder). */
    void syntheticDirectory(String name) throws IOException {
        if (directories.add(name)) {
            tar.directory(name, 0755, 0);
        }
    }

    /** Writes a whole tree below {@code dir} (its entry written already), names sorted. */
    void tree(Path dir, String name) throws IOException {
        for (Path child : sorted(dir)) {
            String childName = name + "/" + child.getFileName();
            if (write(child, childName)) {
                tree(child, childName);
            }
        }
    }

    static List<Path> sorted(Path dir) throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            return children.sorted().toList();
        }
    }

    private static int mode(Path file) {
        try {
            return (Integer) Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 07777;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS) || Files.isExecutable(file) ? 0755 : 0644;
        }
    }
}
