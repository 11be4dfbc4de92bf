package io.jcompose.runtime.image.layer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The directory a layer is unpacked into, resolved like a chroot: every component is looked up with lstat, a
 * symlink met on the way is followed inside this root (an absolute target starts again at the root), and one
 * whose relative target climbs above the root fails. Nothing is ever opened through a host path the layer chose.
 * Only the extracting thread writes into the root, so a lookup stays true until it is used.
 */
final class LayerTree {

    private static final int MAX_SYMLINKS = 40;

    private final Path root;
    private final String layer;

    LayerTree(Path root, String layer) {
        this.root = root;
        this.layer = layer;
    }

    Path root() {
        return root;
    }

    /** The real directory that holds {@code name}'s last component, making missing directories (0755). */
    Path parentOf(EntryName name) throws IOException {
        return resolve(name.raw(), "", name.parent(), true);
    }

    /**
     * The existing path a hard link's target names (its last component not followed), or a NoSuchFileException.
     */
    Path existing(EntryName target, String entry) throws IOException {
        String prefix = "is a hard link to \"" + target.raw() + "\" which ";
        Path parent = resolve(entry, prefix, target.parent(), false);
        Path path = parent.resolve(target.base());
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new NoSuchFileException(path.toString());
        }
        return path;
    }

    /** Attributes of {@code path} itself, or null if nothing is there. */
    static BasicFileAttributes lstat(Path path) throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** Resolves {@code components}; errors read {@code entry "ENTRY" PREFIX<problem>}. */
    private Path resolve(String entry, String prefix, List<String> components, boolean create) throws IOException {
        Deque<String> todo = new ArrayDeque<>(components);
        List<String> done = new ArrayList<>();
        int links = 0;
        String via = "";
        while (!todo.isEmpty()) {
            String part = todo.pop();
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (done.isEmpty()) {
                    throw escapes(entry, prefix, via);
                }
                done.removeLast();
                continue;
            }
            Path path = at(done).resolve(part);
            BasicFileAttributes attrs = lstat(path);
            if (attrs == null) {
                if (!create) {
                    throw new NoSuchFileException(path.toString());
                }
                Files.createDirectory(path);
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
                done.add(part);
            } else if (attrs.isSymbolicLink()) {
                if (++links > MAX_SYMLINKS) {
                    throw LayerException.entry(layer, entry, prefix + "has too many levels of symbolic links");
                }
                String target = Files.readSymbolicLink(path).toString();
                via = "\"" + relative(done, part) + "\" -> \"" + target + "\"";
                if (target.startsWith("/")) {
                    done.clear();
                } else if (climbsAbove(done, target)) {
                    throw escapes(entry, prefix, via);
                }
                List<String> parts = List.of(target.split("/"));
                for (int i = parts.size() - 1; i >= 0; i--) {
                    todo.push(parts.get(i));
                }
            } else if (attrs.isDirectory()) {
                done.add(part);
            } else {
                throw LayerException.entry(layer, entry, prefix + "has parent \"" + relative(done, part)
                        + "\" which is not a directory");
            }
        }
        return at(done);
    }

    private LayerException escapes(String entry, String prefix, String via) {
        return LayerException.entry(layer, entry, prefix + "escapes the layer directory through symlink " + via);
    }

    /** True if {@code target}, read from the directory {@code from}, goes above the root at some point. */
    private static boolean climbsAbove(List<String> from, String target) {
        int depth = from.size();
        for (String part : target.split("/")) {
            if (part.equals("..")) {
                if (--depth < 0) {
                    return true;
                }
            } else if (!part.isEmpty() && !part.equals(".")) {
                depth++;
            }
        }
        return false;
    }

    private Path at(List<String> components) {
        return components.isEmpty() ? root : root.resolve(String.join("/", components));
    }

    private static String relative(List<String> dir, String part) {
        return dir.isEmpty() ? part : String.join("/", dir) + "/" + part;
    }
}
