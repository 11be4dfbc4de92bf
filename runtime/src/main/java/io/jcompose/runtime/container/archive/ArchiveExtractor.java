package io.jcompose.runtime.container.archive;

import io.jcompose.runtime.container.ContainerException;
import io.jcompose.runtime.image.layer.Trees;
import io.jcompose.runtime.sys.Native;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Extracts an uploaded tar into a directory of a container as docker's {@code PUT /containers/{id}/archive} does,
 * with the container's root as the boundary: entry names may not climb above the destination, symlinks met on the
 * way are followed inside the root only, a file replaces a symlink instead of writing through it, hard links must
 * point inside the destination, and device nodes are refused (fifos are fine).
 */
public final class ArchiveExtractor {

    private final Native sys;
    private final RootResolver root;

    public ArchiveExtractor(Native sys, RootResolver root) {
        this.sys = sys;
        this.root = root;
    }

    /** Extracts {@code body} (plain tar, gzip, bzip2 or zstd) into {@code dest}, an existing directory. */
    public void extract(InputStream body, RootResolver.Resolved dest, ExtractRules rules) throws IOException {
        Map<Path, TarArchiveEntry> directories = new LinkedHashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(Decompression.open(body))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path made = unpack(entry, tar, dest, rules);
                if (made != null && entry.isDirectory()) {
                    directories.put(made, entry);
                }
            }
        }
        for (Map.Entry<Path, TarArchiveEntry> dir : directories.entrySet()) {
            if (Files.isDirectory(dir.getKey(), LinkOption.NOFOLLOW_LINKS)) {
                sys.chmod(dir.getKey(), dir.getValue().getMode() & 07777);
                times(dir.getKey(), dir.getValue());
            }
        }
    }

    /** Unpacks one entry; returns the path it made (null for the destination itself). */
    private Path unpack(TarArchiveEntry entry, InputStream content, RootResolver.Resolved dest, ExtractRules rules)
            throws IOException {
        List<String> name = inside(entry.getName(), dest, entry.getName());
        String shown = join(dest.components(), name);
        if (name.isEmpty()) {
            if (!entry.isDirectory()) {
                throw invalid("cannot overwrite directory \"" + dest.containerPath() + "\" with non-directory \""
                        + dest.containerPath() + "\"");
            }
            return null; // the destination itself: docker leaves it as it is
        }
        Path parent = parentOf(dest, name);
        Path path = parent.resolve(name.getLast());
        BasicFileAttributes existing = RootResolver.lstat(path);
        if (existing != null) {
            if (rules.noOverwriteDirNonDir() && existing.isDirectory() && !entry.isDirectory()) {
                throw invalid("cannot overwrite directory \"" + shown + "\" with non-directory \""
                        + dest.containerPath() + "\"");
            }
            if (rules.noOverwriteDirNonDir() && !existing.isDirectory() && entry.isDirectory()) {
                throw invalid("cannot overwrite non-directory \"" + shown + "\" with directory \""
                        + dest.containerPath() + "\"");
            }
            if (!(existing.isDirectory() && entry.isDirectory())) {
                if (existing.isDirectory()) {
                    Trees.delete(path);
                } else {
                    Files.delete(path);
                }
            }
        }
        if (entry.isDirectory()) {
            if (RootResolver.lstat(path) == null) {
                Files.createDirectory(path);
            }
        } else if (entry.isSymbolicLink()) {
            String target = entry.getLinkName();
            if (target.isEmpty() || target.indexOf('\0') >= 0) {
                throw invalid("entry \"" + entry.getName() + "\" is a symlink with an invalid target \"" + target
                        + "\"");
            }
            Files.createSymbolicLink(path, path.getFileSystem().getPath(target));
        } else if (entry.isLink()) {
            hardLink(entry, path, dest);
            return path;
        } else if (entry.isFIFO()) {
            sys.mknod(path, Native.S_IFIFO | (entry.getMode() & 07777), 0, 0);
        } else if (entry.isCharacterDevice() || entry.isBlockDevice()) {
            throw invalid("entry \"" + entry.getName() + "\" is a " + (entry.isBlockDevice() ? "block" : "character")
                    + " device " + entry.getDevMajor() + ":" + entry.getDevMinor()
                    + ": device nodes cannot be copied into a container");
        } else if (isRegular(entry)) {
            write(path, content);
        } else {
            throw invalid("entry \"" + entry.getName() + "\" has unsupported type '" + (char) entry.getLinkFlag()
                    + "'");
        }
        ExtractRules.Owner owner = rules.owner()
                .orElse(new ExtractRules.Owner(entry.getLongUserId(), entry.getLongGroupId()));
        sys.lchown(path, owner.uid(), owner.gid());
        if (!entry.isDirectory() && !entry.isSymbolicLink()) {
            sys.chmod(path, entry.getMode() & 07777);
        }
        if (!entry.isDirectory()) {
            times(path, entry);
        }
        return path;
    }

    private void hardLink(TarArchiveEntry entry, Path path, RootResolver.Resolved dest) throws IOException {
        String linkName = entry.getLinkName();
        List<String> target;
        try {
            target = inside(linkName, dest, entry.getName());
        } catch (ContainerException e) {
            throw invalid("invalid hardlink \"" + entry.getName() + "\" -> \"" + linkName + "\"");
        }
        if (target.isEmpty()) {
            throw invalid("invalid hardlink \"" + entry.getName() + "\" -> \"" + linkName + "\": it is a directory");
        }
        List<String> parent = new ArrayList<>(dest.components());
        parent.addAll(target.subList(0, target.size() - 1));
        Path existing;
        try {
            existing = root.resolve(parent, true, join(dest.components(), target)).host().resolve(target.getLast());
        } catch (NoSuchFileException e) {
            existing = null;
        }
        BasicFileAttributes attrs = existing == null ? null : RootResolver.lstat(existing);
        if (attrs == null || attrs.isDirectory()) {
            throw invalid("invalid hardlink \"" + entry.getName() + "\" -> \"" + linkName + "\": "
                    + (attrs == null ? "no such file in the archive or destination" : "it is a directory"));
        }
        Files.createLink(path, existing); // link(2) does not follow a symlink
    }

    /** The directory holding {@code name}'s last component, resolved in the root; missing ones are made 0755. */
    private Path parentOf(RootResolver.Resolved dest, List<String> name) throws IOException {
        Path at = dest.host();
        List<String> resolved = dest.components();
        for (String part : name.subList(0, name.size() - 1)) {
            List<String> next = new ArrayList<>(resolved);
            next.add(part);
            try {
                RootResolver.Resolved r = root.resolve(next, true, "/" + String.join("/", next));
                if (!Files.isDirectory(r.host(), LinkOption.NOFOLLOW_LINKS)) {
                    throw invalid("cannot extract \"" + String.join("/", name) + "\": \"/" + String.join("/", next)
                            + "\" is not a directory");
                }
                at = r.host();
                resolved = r.components();
            } catch (NoSuchFileException e) {
                Path made = at.resolve(part);
                if (RootResolver.lstat(made) != null) { // a dangling symlink: docker's MkdirAll fails there too
                    throw invalid("cannot extract \"" + String.join("/", name) + "\": \"/" + String.join("/", next)
                            + "\" is not a directory");
                }
                Files.createDirectory(made);
                sys.chmod(made, 0755);
                at = made;
                resolved = next;
            }
        }
        return at;
    }

    /** The entry's components below the destination, {@code ..} allowed while it stays inside. */
    private static List<String> inside(String raw, RootResolver.Resolved dest, String entry) {
        List<String> parts = new ArrayList<>();
        for (String part : raw.split("/")) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    throw invalid("\"" + entry + "\" is outside of \"" + dest.containerPath() + "\"");
                }
                parts.removeLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                if (part.indexOf('\0') >= 0) {
                    throw invalid("entry \"" + entry + "\" has a NUL character in its name");
                }
                parts.add(part);
            }
        }
        return parts;
    }

    private void times(Path path, TarArchiveEntry entry) throws IOException {
        var modified = entry.getModTime().toInstant();
        var accessed = entry.getLastAccessTime();
        sys.lutimes(path, accessed == null ? modified : accessed.toInstant(), modified);
    }

    private static void write(Path path, InputStream content) throws IOException {
        try (OutputStream out = Files.newOutputStream(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS)) {
            content.transferTo(out);
        }
    }

    private static boolean isRegular(TarArchiveEntry entry) {
        byte flag = entry.getLinkFlag();
        return flag == '0' || flag == 0 || flag == '7' || entry.isSparse();
    }

    private static String join(List<String> base, List<String> more) {
        List<String> all = new ArrayList<>(base);
        all.addAll(more);
        return "/" + String.join("/", all);
    }

    private static ContainerException invalid(String message) {
        return new ContainerException(ContainerException.Kind.INVALID, message);
    }
}
