package io.jcompose.runtime.image.store;

import io.jcompose.runtime.image.Digest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Blobs on disk in OCI image layout ({@code blobs/sha256/<hex>}), so that the store is also a directory skopeo and
 * other OCI tools can read. New blobs are written under {@code ingest/} on the same filesystem and renamed into
 * place only once complete, checked and synced: a crash leaves at most a stray temp file, removed on the next open.
 */
public final class FileBlobStore implements BlobStore {

    static final String LAYOUT_FILE = "oci-layout";
    static final String LAYOUT = "{\"imageLayoutVersion\":\"1.0.0\"}";

    private final Path root;
    private final Path blobs;
    private final Path ingest;

    private FileBlobStore(Path root) {
        this.root = root;
        this.blobs = root.resolve("blobs");
        this.ingest = root.resolve("ingest");
    }

    /** Opens (creating if needed) the store under {@code root} and removes what a crashed writer left in ingest/. */
    public static FileBlobStore open(Path root) throws IOException {
        FileBlobStore store = new FileBlobStore(root);
        Files.createDirectories(store.blobs.resolve("sha256"));
        Files.createDirectories(store.ingest);
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(store.ingest)) {
            for (Path p : leftovers) {
                Files.deleteIfExists(p);
            }
        }
        Path layout = root.resolve(LAYOUT_FILE);
        if (!Files.exists(layout)) {
            AtomicFiles.write(layout, LAYOUT.getBytes(StandardCharsets.UTF_8));
        }
        return store;
    }

    public Path root() {
        return root;
    }

    /** Where the blob lives (or would live); callers that hand paths to other tools use this. */
    public Path path(Digest digest) {
        return blobs.resolve(digest.algorithm()).resolve(digest.hex());
    }

    @Override
    public boolean has(Digest digest) {
        return Files.isRegularFile(path(digest));
    }

    @Override
    public long size(Digest digest) throws IOException {
        return Files.size(path(digest));
    }

    @Override
    public InputStream open(Digest digest) throws IOException {
        return Files.newInputStream(path(digest));
    }

    @Override
    public BlobWriter writer() throws IOException {
        return new FileBlobWriter(this, Files.createTempFile(ingest, "blob-", ".tmp"));
    }

    /** Moves a checked temp file into place; a blob already there (another writer won) is left as it is. */
    void install(Path temp, Digest digest) throws IOException {
        Path target = path(digest);
        if (Files.exists(target)) {
            Files.deleteIfExists(temp);
            return;
        }
        Files.createDirectories(target.getParent());
        AtomicFiles.moveAndSync(temp, target);
    }

    @Override
    public Set<Digest> list() throws IOException {
        Set<Digest> all = new HashSet<>();
        try (DirectoryStream<Path> algorithms = Files.newDirectoryStream(blobs)) {
            for (Path dir : algorithms) {
                try (Stream<Path> files = Files.list(dir)) {
                    files.forEach(f -> {
                        try {
                            all.add(new Digest(dir.getFileName().toString(), f.getFileName().toString()));
                        } catch (IllegalArgumentException notABlob) {
                            // a stray file in blobs/ is not ours to report or delete
                        }
                    });
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }
        }
        return Set.copyOf(all);
    }

    @Override
    public void delete(Digest digest) throws IOException {
        Files.deleteIfExists(path(digest));
    }
}
