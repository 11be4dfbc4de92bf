package io.jcompose.runtime.container.spec;

import java.io.IOException;
import java.io.InputStream;
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
import java.util.Optional;

/**
 * Reads a file of a container's root filesystem as the container would see it, following symlinks as if the rootfs
 * were {@code /}: an absolute link target starts again at the rootfs and {@code ..} stops there, so an image whose
 * {@code /etc/passwd} links to {@code /../../etc/passwd} never makes the engine read the host's file.
 */
public final class RootfsPath {

    /** Like Linux's MAXSYMLINKS. */
    static final int MAX_LINKS = 40;
    /** A passwd or group file this big is not one. */
    static final int MAX_BYTES = 8 * 1024 * 1024;

    private RootfsPath() {
    }

    /** Where {@code containerPath} lands on the host, every symlink resolved inside {@code root}. */
    public static Path resolve(Path root, String containerPath) throws IOException {
        Deque<String> pending = new ArrayDeque<>(components(containerPath));
        List<String> resolved = new ArrayList<>();
        int links = 0;
        while (!pending.isEmpty()) {
            String part = pending.removeFirst();
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!resolved.isEmpty()) {
                    resolved.removeLast();
                }
                continue;
            }
            Path candidate = join(root, resolved).resolve(part);
            if (!Files.isSymbolicLink(candidate)) {
                resolved.add(part);
                continue;
            }
            if (++links > MAX_LINKS) {
                throw new FileSystemException(root.resolve(containerPath.substring(1)).toString(), null,
                        "too many levels of symbolic links");
            }
            String target = Files.readSymbolicLink(candidate).toString();
            if (target.startsWith("/")) {
                resolved.clear();
            }
            List<String> targetParts = components(target);
            for (int i = targetParts.size() - 1; i >= 0; i--) {
                pending.addFirst(targetParts.get(i));
            }
        }
        return join(root, resolved);
    }

    /** The content of a regular file at {@code containerPath}, or empty if there is none. */
    public static Optional<byte[]> read(Path root, String containerPath) throws IOException {
        Path file = resolve(root, containerPath);
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attrs.isRegularFile()) {
                return Optional.empty();
            }
            if (attrs.size() > MAX_BYTES) {
                throw new IOException(containerPath + " in the container is larger than " + MAX_BYTES + " bytes");
            }
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of(in.readNBytes(MAX_BYTES));
            }
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (FileSystemException e) {
            if ("Not a directory".equals(e.getReason())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static List<String> components(String path) {
        return List.of(path.split("/"));
    }

    private static Path join(Path root, List<String> parts) {
        Path path = root;
        for (String part : parts) {
            path = path.resolve(part);
        }
        return path;
    }
}
