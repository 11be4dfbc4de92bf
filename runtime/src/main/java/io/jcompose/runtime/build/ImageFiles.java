package io.jcompose.runtime.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Read access to the files of the image being built, through its unpacked layers (top first) without mounting
 * them: enough to find {@code /etc/passwd} for {@code --chown} and whether a COPY destination is a directory.
 */
record ImageFiles(List<Path> lowers) {

    ImageFiles {
        lowers = List.copyOf(lowers);
    }

    /** The topmost layer's copy of the absolute path {@code path}, unless a whiteout hides it. */
    Optional<Path> find(String path) throws IOException {
        String rel = ContextPaths.clean(path);
        for (Path dir : lowers) {
            Path p = rel.isEmpty() ? dir : dir.resolve(rel);
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                boolean whiteout = !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                        && !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                        && !Files.isSymbolicLink(p)
                        && ((Number) Files.getAttribute(p, "unix:rdev", LinkOption.NOFOLLOW_LINKS)).longValue() == 0;
                return whiteout ? Optional.empty() : Optional.of(p);
            }
        }
        return Optional.empty();
    }

    boolean isDirectory(String path) throws IOException {
        Optional<Path> p = find(path);
        return p.isPresent() && Files.isDirectory(p.get());
    }
}
