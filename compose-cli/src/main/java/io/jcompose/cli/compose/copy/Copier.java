package io.jcompose.cli.compose.copy;

import io.jcompose.engine.api.client.ArchiveApi;
import io.jcompose.engine.api.client.EngineApiException;
import io.jcompose.engine.api.json.PathStatJson;
import io.jcompose.model.error.ComposeException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/**
 * docker cp's two directions over the engine's archive API, with its rules for where a copy lands: into an
 * existing directory under the source's name, over an existing file, or as a new path named by the destination;
 * {@code SRC/.} copies a directory's contents; {@code -} is a tar on stdin or stdout.
 */
public final class Copier {

    private final ArchiveApi archives;
    private final Path workingDirectory;
    private final boolean followLink;
    private final boolean keepOwners;

    public Copier(ArchiveApi archives, Path workingDirectory, boolean followLink, boolean keepOwners) {
        this.archives = archives;
        this.workingDirectory = workingDirectory;
        this.followLink = followLink;
        this.keepOwners = keepOwners;
    }

    /** {@code cp SERVICE:SRC DEST}. */
    public void fromContainer(String container, String source, String dest, OutputStream stdout) throws IOException {
        PathStatJson stat = archives.stat(container, source);
        String path = source;
        if (followLink && stat.isSymlink() && !stat.linkTarget().isEmpty()) {
            path = stat.linkTarget();
            stat = archives.stat(container, path);
        }
        if (dest.equals("-")) {
            archives.get(container, path, stdout);
            return;
        }
        String top = CopyEnd.base(path);
        boolean contents = CopyEnd.parse(source).contentsOnly() && stat.isDirectory();
        Path target = workingDirectory.resolve(dest);
        Path dir;
        String name;
        if (Files.isDirectory(target)) {
            dir = target;
            name = contents ? "" : CopyEnd.base(source);
        } else if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (stat.isDirectory()) {
                throw new ComposeException("cannot overwrite non-directory \"" + dest + "\" with directory \""
                        + source + "\"");
            }
            dir = target.getParent();
            name = target.getFileName().toString();
        } else {
            if (dest.endsWith("/")) {
                throw new ComposeException("destination directory \"" + dest + "\" does not exist");
            }
            dir = target.toAbsolutePath().getParent();
            if (!Files.isDirectory(dir)) {
                throw new ComposeException("destination directory \"" + dir + "\" does not exist");
            }
            name = target.getFileName().toString();
        }
        PipedInputStream in = new PipedInputStream(1 << 16);
        PipedOutputStream out = new PipedOutputStream(in);
        AtomicReference<IOException> failed = new AtomicReference<>();
        String archived = path;
        Thread reader = Thread.ofPlatform().daemon().start(() -> {
            try (out) {
                archives.get(container, archived, out);
            } catch (IOException e) {
                failed.set(e);
            }
        });
        try (in) {
            HostUntar.extract(in, dir, top, name);
            in.transferTo(OutputStream.nullOutputStream());
        } finally {
            join(reader);
        }
        if (failed.get() != null) {
            throw failed.get();
        }
    }

    /** {@code cp SRC SERVICE:DEST}. */
    public void toContainer(String source, String container, String dest, InputStream stdin) throws IOException {
        if (source.equals("-")) {
            archives.put(container, dest, stdin, true, keepOwners);
            return;
        }
        Path src = workingDirectory.resolve(source);
        if (!Files.exists(src, LinkOption.NOFOLLOW_LINKS)) {
            throw new ComposeException("stat " + src + ": no such file or directory");
        }
        boolean srcDir = Files.isDirectory(src, followLink ? new LinkOption[0]
                : new LinkOption[] {LinkOption.NOFOLLOW_LINKS});
        PathStatJson existing = statOrNull(container, dest);
        String dir;
        String top;
        if (existing != null && existing.isDirectory()) {
            dir = dest;
            top = CopyEnd.parse(source).contentsOnly() && srcDir ? "" : CopyEnd.base(source.equals(".")
                    ? src.toAbsolutePath().normalize().toString() : source);
        } else if (existing != null) {
            if (srcDir) {
                throw new ComposeException("cannot overwrite non-directory \"" + dest + "\" with directory \""
                        + source + "\"");
            }
            dir = CopyEnd.parent(dest);
            top = CopyEnd.base(dest);
        } else {
            if (dest.endsWith("/") && !srcDir) {
                throw new ComposeException("destination directory \"" + dest + "\" does not exist");
            }
            dir = CopyEnd.parent(dest);
            top = CopyEnd.base(dest);
        }
        PipedInputStream in = new PipedInputStream(1 << 16);
        PipedOutputStream out = new PipedOutputStream(in);
        AtomicReference<IOException> failed = new AtomicReference<>();
        Thread writer = Thread.ofPlatform().daemon().start(() -> {
            try (out) {
                HostTar.write(src, top, followLink, out);
            } catch (IOException e) {
                failed.set(e);
            }
        });
        try (in) {
            archives.put(container, dir, in, true, keepOwners);
        } finally {
            join(writer);
        }
        if (failed.get() != null) {
            throw failed.get();
        }
    }

    private PathStatJson statOrNull(String container, String path) throws IOException {
        try {
            return archives.stat(container, path);
        } catch (EngineApiException e) {
            if (e.isNotFound()) {
                return null;
            }
            throw e;
        }
    }

    private static void join(Thread t) throws IOException {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while copying", e);
        }
    }
}
