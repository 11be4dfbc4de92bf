package io.jcompose.runtime.volume;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Resolves a path inside a root as a process chrooted there would (symlinks followed, absolute ones from the root,
 * {@code ..} stopping at the root), so an image's {@code /data -> /etc} link or a volume's subpath can never lead
 * to the host's files.
 */
final class ScopedPath {

    private static final int MAX_LINKS = 40;

    private ScopedPath() {
    }

    /** The real path under {@code root} for {@code path}; the last parts need not exist. */
    static Path resolve(Path root, String path) throws IOException {
        Deque<String> todo = new ArrayDeque<>(List.of(path.split("/")));
        Path current = root;
        int links = 0;
        while (!todo.isEmpty()) {
            String part = todo.removeFirst();
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                current = current.equals(root) ? root : current.getParent();
                continue;
            }
            Path next = current.resolve(part);
            if (!Files.isSymbolicLink(next)) {
                current = next;
                continue;
            }
            if (++links > MAX_LINKS) {
                throw new IOException("resolving " + path + " under " + root + ": too many levels of symbolic links");
            }
            String target = Files.readSymbolicLink(next).toString();
            if (target.startsWith("/")) {
                current = root;
            }
            List<String> parts = List.of(target.split("/"));
            for (int i = parts.size() - 1; i >= 0; i--) {
                todo.addFirst(parts.get(i));
            }
        }
        return current;
    }

    /** Whether {@code dir} is a directory (not a link to one) with at least one entry. */
    static boolean hasEntries(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (var entries = Files.newDirectoryStream(dir)) {
            return entries.iterator().hasNext();
        }
    }
}
