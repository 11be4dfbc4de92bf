package io.jcompose.runtime.image.layer;

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
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;

/**
 * Writes tar entries one at a time into a {@link LayerTree}, translating whiteouts to overlay form; all paths go
 * through the tree's chroot-like resolution, and a file never replaces anything by writing through it.
 */
final class TarUnpacker {

    private final LayerTree tree;
    private final String layer;
    private final ExtractOptions options;
    private final Native sys;
    private final EntryMetadata metadata;

    TarUnpacker(LayerTree tree, String layer, ExtractOptions options, Native sys) {
        this.tree = tree;
        this.layer = layer;
        this.options = options;
        this.sys = sys;
        this.metadata = new EntryMetadata(sys, layer);
    }

    /** Unpacks one entry; {@code content} is its data (read only for regular files). */
    void unpack(TarArchiveEntry entry, InputStream content) throws IOException {
        EntryName name = EntryName.of(entry.getName(), layer);
        if (name.isRoot()) {
            if (!entry.isDirectory()) {
                throw LayerException.entry(layer, entry.getName(), "would replace the layer directory");
            }
            metadata.apply(tree.root(), entry);
            return;
        }
        if (name.base().startsWith(Whiteouts.PREFIX)) {
            whiteout(entry, name);
            return;
        }
        Path path = tree.parentOf(name).resolve(name.base());
        if (entry.isDirectory()) {
            clear(path, true);
            if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(path);
            }
        } else if (entry.isSymbolicLink()) {
            clear(path, false);
            Files.createSymbolicLink(path, path.getFileSystem().getPath(symlinkTarget(entry)));
        } else if (entry.isLink()) {
            hardLink(entry, path);
            return;
        } else if (entry.isCharacterDevice() || entry.isBlockDevice() || entry.isFIFO()) {
            device(entry, path);
        } else if (isRegular(entry)) {
            clear(path, false);
            write(path, content);
        } else {
            throw LayerException.entry(layer, entry.getName(),
                    "has unsupported type '" + (char) entry.getLinkFlag() + "'");
        }
        metadata.apply(path, entry);
    }

    /** Sets the modes and times of directories, which later entries would otherwise have changed. */
    void finish() throws IOException {
        metadata.finishDirectories();
    }

    private void whiteout(TarArchiveEntry entry, EntryName name) throws IOException {
        String base = name.base();
        if (base.equals(Whiteouts.OPAQUE)) {
            Path dir = tree.parentOf(name);
            sys.lsetxattr(dir, Whiteouts.OPAQUE_XATTR, Whiteouts.OPAQUE_VALUE);
            return;
        }
        if (base.startsWith(Whiteouts.META_PREFIX)) {
            return; // aufs bookkeeping (.wh..wh.plnk and the like): nothing to do for overlay
        }
        String hidden = base.substring(Whiteouts.PREFIX.length());
        if (hidden.isEmpty() || hidden.equals(".") || hidden.equals("..")) {
            throw LayerException.entry(layer, entry.getName(),
                    "is a whiteout of \"" + hidden + "\", which is not a file name");
        }
        Path path = tree.parentOf(name).resolve(hidden);
        clear(path, false);
        sys.mknod(path, Native.S_IFCHR, 0, 0);
    }

    private void hardLink(TarArchiveEntry entry, Path path) throws IOException {
        String linkName = entry.getLinkName();
        EntryName target;
        try {
            target = EntryName.of(linkName, layer);
        } catch (LayerException e) {
            throw LayerException.entry(layer, entry.getName(),
                    "is a hard link to \"" + linkName + "\" which escapes the layer directory");
        }
        String prefix = "is a hard link to \"" + linkName + "\" which ";
        if (target.isRoot()) {
            throw LayerException.entry(layer, entry.getName(), prefix + "is a directory");
        }
        Path existing;
        try {
            existing = tree.existing(target, entry.getName());
        } catch (NoSuchFileException e) {
            throw LayerException.entry(layer, entry.getName(), prefix + "does not exist in the layer");
        }
        BasicFileAttributes attrs = LayerTree.lstat(existing);
        if (attrs.isDirectory()) {
            throw LayerException.entry(layer, entry.getName(), prefix + "is a directory");
        }
        BasicFileAttributes current = LayerTree.lstat(path);
        if (current != null && current.fileKey() != null && current.fileKey().equals(attrs.fileKey())) {
            return;
        }
        clear(path, false);
        Files.createLink(path, existing); // link(2) does not follow a symlink: a link to a link stays a link
    }

    private void device(TarArchiveEntry entry, Path path) throws IOException {
        int type;
        String what;
        if (entry.isCharacterDevice()) {
            type = Native.S_IFCHR;
            what = "a character device " + entry.getDevMajor() + ":" + entry.getDevMinor();
        } else if (entry.isBlockDevice()) {
            type = Native.S_IFBLK;
            what = "a block device " + entry.getDevMajor() + ":" + entry.getDevMinor();
        } else {
            type = Native.S_IFIFO;
            what = "a fifo";
        }
        if (!options.allowDevices()) {
            throw LayerException.entry(layer, entry.getName(), "is " + what + ", not allowed in this layer");
        }
        clear(path, false);
        sys.mknod(path, type | (entry.getMode() & 07777), entry.getDevMajor(), entry.getDevMinor());
    }

    private String symlinkTarget(TarArchiveEntry entry) throws LayerException {
        String target = entry.getLinkName();
        if (target.isEmpty() || target.indexOf('\0') >= 0) {
            throw LayerException.entry(layer, entry.getName(),
                    "is a symlink with an invalid target \"" + target + "\"");
        }
        return target;
    }

    /** Removes what is at {@code path} (a symlink itself, never its target); a directory stays if asked. */
    private static void clear(Path path, boolean keepDirectory) throws IOException {
        BasicFileAttributes attrs = LayerTree.lstat(path);
        if (attrs == null || (keepDirectory && attrs.isDirectory())) {
            return;
        }
        if (attrs.isDirectory()) {
            Trees.delete(path);
        } else {
            Files.delete(path);
        }
    }

    private static void write(Path path, InputStream content) throws IOException {
        try (OutputStream out = Files.newOutputStream(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS)) {
            byte[] buffer = new byte[65536];
            int n;
            while ((n = content.read(buffer)) > 0) {
                out.write(buffer, 0, n);
            }
        }
    }

    private static boolean isRegular(TarArchiveEntry entry) {
        byte flag = entry.getLinkFlag();
        return flag == '0' || flag == 0 || flag == '7' || entry.isSparse();
    }
}
