package io.jcompose.runtime.container.archive;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Resolves container paths under a container's root as if it were {@code /}: every component is looked up with
 * lstat, a symlink is followed inside the root (an absolute target starts again at the root, {@code ..} stops
 * there), so {@code /x -> /../../etc/shadow} names the container's {@code /etc/shadow}, never the host's.
 */
public final class RootResolver {

    /** Like Linux's MAXSYMLINKS. */
    static final int MAX_LINKS = 40;

    private final Path root;

    public RootResolver(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** A resolved path: where it is on the host, and its components inside the container. */
    public record Resolved(Path host, List<String> components) {

        public Resolved {
            components = List.copyOf(components);
        }

        /** The absolute path inside the container. */
        public String containerPath() {
            return "/" + String.join("/", components);
        }
    }

    /**
     * Resolves {@code path}, its last symlink only if it asked for that; a missing component (or a non-directory
     * with components after it) is a NoSuchFileException naming the container path.
     */
    public Resolved resolve(ContainerPath path) throws IOException {
        return resolve(path.components(), path.followLast(), path.toString());
    }

    /** Resolves {@code path} with every symlink followed, the last one too. */
    public Resolved resolveFully(ContainerPath path) throws IOException {
        return resolve(path.components(), true, path.toString());
    }

    /** Resolves {@code components} (relative to the container's {@code /}). */
    public Resolved resolve(List<String> components, boolean followLast, String asked) throws IOException {
        Deque<String> todo = new ArrayDeque<>(components);
        List<String> done = new ArrayList<>();
        int links = 0;
        while (!todo.isEmpty()) {
            String part = todo.pop();
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!done.isEmpty()) {
                    done.removeLast();
                }
                continue;
            }
            Path candidate = at(done).resolve(part);
            BasicFileAttributes attrs = lstat(candidate);
            boolean last = todo.stream().allMatch(p -> p.isEmpty() || p.equals("."));
            if (attrs == null) {
                throw new NoSuchFileException(asked);
            }
            if (attrs.isSymbolicLink() && (!last || followLast)) {
                if (++links > MAX_LINKS) {
                    throw new FileSystemException(asked, null, "too many levels of symbolic links");
                }
                String target = Files.readSymbolicLink(candidate).toString();
                if (target.startsWith("/")) {
                    done.clear();
                }
                String[] parts = target.split("/");
                for (int i = parts.length - 1; i >= 0; i--) {
                    todo.push(parts[i]);
                }
            } else if (!attrs.isDirectory() && !last) {
                throw new NoSuchFileException(asked, null, "not a directory");
            } else {
                done.add(part);
            }
        }
        Path host = at(done);
        checkInside(host, asked);
        return new Resolved(host, done);
    }

    /** Attributes of {@code path} itself, or null if nothing is there. */
    static BasicFileAttributes lstat(Path path) throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** Catches a symlink swapped in while we resolved: the real parent must still be under the real root. */
    private void checkInside(Path host, String asked) throws IOException {
        if (host.equals(root)) {
            return;
        }
        Path realParent = host.getParent().toRealPath();
        if (!realParent.startsWith(root.toRealPath())) {
            throw new FileSystemException(asked, null, "resolves outside the container's root");
        }
    }

    private Path at(List<String> components) {
        Path path = root;
        for (String c : components) {
            path = path.resolve(c);
        }
        return path;
    }
}
