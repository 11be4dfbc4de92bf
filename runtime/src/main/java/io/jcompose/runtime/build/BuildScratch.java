package io.jcompose.runtime.build;

import io.jcompose.runtime.image.layer.Trees;
import io.jcompose.runtime.sys.Native;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The builder's working space: fresh directories for steps (on the same file system as the RUN executor's, as
 * overlayfs needs) and read-only views of a stage's layers for {@code COPY --from}; what it hands out is removed
 * by the caller, and {@link #recover} clears what a crash left.
 */
public final class BuildScratch {

    /** {@code mount(2)} flag for a read-only mount. */
    private static final long MS_RDONLY = 1;

    private final Path dir;
    private final Native sys;

    public BuildScratch(Path dir, Native sys) throws IOException {
        this.dir = Files.createDirectories(dir);
        this.sys = sys;
    }

    public Path newDir(String prefix) throws IOException {
        return Files.createDirectory(dir.resolve(prefix + "-" + UUID.randomUUID()));
    }

    /** A read-only merged view of {@code lowers} (top first); close it to unmount and remove it. */
    View view(List<Path> lowers) throws IOException {
        if (lowers.size() <= 1) {
            Path only = lowers.isEmpty() ? newDir("empty") : lowers.getFirst();
            return new View(only, lowers.isEmpty() ? only : null, false);
        }
        Path target = newDir("view");
        sys.mount("overlay", target, "overlay", MS_RDONLY, "lowerdir=" + lowers.stream().map(Path::toString)
                .collect(Collectors.joining(":")));
        return new View(target, target, true);
    }

    /** Deletes everything below the scratch directory (nothing may be mounted there any more). */
    public void recover() throws IOException {
        try (var entries = Files.list(dir)) {
            for (Path p : entries.toList()) {
                if (sys.isMounted(p)) {
                    sys.unmount(p, Native.MNT_DETACH);
                }
                Trees.delete(p);
            }
        }
    }

    /** A merged tree to copy from. */
    final class View implements AutoCloseable {
        final Path root;
        private final Path owned;
        private final boolean mounted;

        View(Path root, Path owned, boolean mounted) {
            this.root = root;
            this.owned = owned;
            this.mounted = mounted;
        }

        @Override
        public void close() throws IOException {
            if (mounted) {
                sys.unmount(root, Native.MNT_DETACH);
            }
            if (owned != null) {
                Trees.delete(owned);
            }
        }
    }
}
