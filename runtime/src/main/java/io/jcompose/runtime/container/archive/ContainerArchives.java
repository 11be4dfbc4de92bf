package io.jcompose.runtime.container.archive;

import io.jcompose.runtime.container.ContainerException;
import io.jcompose.runtime.container.ContainerRecord;
import io.jcompose.runtime.container.spec.ResolvedUser;
import io.jcompose.runtime.container.spec.UserResolver;
import io.jcompose.runtime.sys.Native;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code docker cp} on the engine's side: stat a path in a container, archive it, or extract an upload into a
 * directory of it, every path resolved inside the container's root. Errors carry docker's messages: 404 {@code
 * Could not find the file P in container C}, 400 {@code extraction point is not a directory}.
 */
public final class ContainerArchives {

    private final ContainerRoots roots;
    private final Native sys;

    public ContainerArchives(ContainerRoots roots, Native sys) {
        this.roots = roots;
        this.sys = sys;
    }

    /** The stat of {@code path} (its last symlink followed only with a trailing {@code /}). */
    public PathStat stat(String idOrName, String path) throws IOException {
        ContainerPath asked = ContainerPath.of(path);
        return roots.withRoot(idOrName, (record, root) -> notFoundAs(path, idOrName,
                () -> stat(new RootResolver(root), asked)));
    }

    /** Writes the tar of {@code path} to {@code out}; its top entry is named as the path's last component. */
    public void archive(String idOrName, String path, OutputStream out) throws IOException {
        ContainerPath asked = ContainerPath.of(path);
        roots.withRoot(idOrName, (record, root) -> notFoundAs(path, idOrName, () -> {
            RootResolver.Resolved resolved = new RootResolver(root).resolve(asked);
            ArchiveWriter.write(resolved.host(), asked.name(), out);
            return null;
        }));
    }

    /**
     * Extracts {@code tar} into the directory {@code path} (a symlink to a directory is followed), with docker's
     * {@code noOverwriteDirNonDir} and {@code copyUIDGID} (entries owned by the container's configured user).
     */
    public void extract(String idOrName, String path, boolean noOverwriteDirNonDir, boolean copyUidGid,
            InputStream tar) throws IOException {
        ContainerPath asked = ContainerPath.of(path);
        roots.withRoot(idOrName, (record, root) -> notFoundAs(path, idOrName, () -> {
            RootResolver resolver = new RootResolver(root);
            RootResolver.Resolved dest = resolver.resolveFully(asked);
            if (!Files.isDirectory(dest.host(), LinkOption.NOFOLLOW_LINKS)) {
                throw new ContainerException(ContainerException.Kind.INVALID, "extraction point is not a directory");
            }
            if (Boolean.TRUE.equals(record.hostConfig().readonlyRootfs())) {
                throw new ContainerException(ContainerException.Kind.INVALID, "container rootfs is marked read-only");
            }
            Optional<ExtractRules.Owner> owner = copyUidGid ? owner(record, root) : Optional.empty();
            new ArchiveExtractor(sys, resolver).extract(tar, dest, new ExtractRules(noOverwriteDirNonDir, owner));
            return null;
        }));
    }

    static PathStat stat(RootResolver resolver, ContainerPath asked) throws IOException {
        RootResolver.Resolved resolved = resolver.resolve(asked);
        String linkTarget = "";
        if (Files.isSymbolicLink(resolved.host())) {
            linkTarget = resolver.resolveFully(asked).containerPath();
        }
        return PathStat.of(resolved.host(), asked.name(), linkTarget);
    }

    /** The container user's ids, as docker's copyUIDGID gives every entry; none when it runs as the default. */
    private static Optional<ExtractRules.Owner> owner(ContainerRecord record, Path root) throws IOException {
        String user = record.config().user();
        if (user == null || user.isEmpty()) {
            return Optional.empty();
        }
        try {
            ResolvedUser resolved = UserResolver.resolve(root, user, List.of());
            return Optional.of(new ExtractRules.Owner(resolved.uid(), resolved.gid()));
        } catch (RuntimeException e) {
            throw new ContainerException(ContainerException.Kind.INVALID, e.getMessage(), e);
        }
    }

    private interface Step<T> {
        T run() throws IOException;
    }

    /** A missing path (or a non-directory in the middle of it) becomes docker's 404 naming path and container. */
    private static <T> T notFoundAs(String path, String idOrName, Step<T> step) throws IOException {
        try {
            return step.run();
        } catch (NoSuchFileException e) {
            throw new ContainerException(ContainerException.Kind.NOT_FOUND,
                    "Could not find the file " + path + " in container " + idOrName, e);
        } catch (FileSystemException e) {
            if ("Not a directory".equals(e.getReason())) {
                throw new ContainerException(ContainerException.Kind.NOT_FOUND,
                        "Could not find the file " + path + " in container " + idOrName, e);
            }
            throw e;
        }
    }
}
