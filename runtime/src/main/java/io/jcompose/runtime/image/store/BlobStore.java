package io.jcompose.runtime.image.store;

import io.jcompose.runtime.image.Digest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * Content-addressed blobs (layers, manifests, configs). A blob becomes visible only once it is complete and its
 * digest checked, so a crash or a failed download never leaves a half-written blob that looks valid.
 */
public interface BlobStore {

    boolean has(Digest digest);

    /** The blob's size in bytes; {@link java.nio.file.NoSuchFileException} if absent. */
    long size(Digest digest) throws IOException;

    /** Reads a blob; {@link java.nio.file.NoSuchFileException} if absent. */
    InputStream open(Digest digest) throws IOException;

    /** Reads a whole (small) blob such as a manifest or config. */
    default byte[] read(Digest digest) throws IOException {
        try (InputStream in = open(digest)) {
            return in.readAllBytes();
        }
    }

    /** Starts writing a new blob; nothing is visible until {@link BlobWriter#commit}. */
    BlobWriter writer() throws IOException;

    /** Writes a whole (small) blob and returns its digest. */
    default Digest write(byte[] content) throws IOException {
        try (BlobWriter w = writer()) {
            w.stream().write(content);
            return w.commit(null, -1);
        }
    }

    /** Every blob held. */
    Set<Digest> list() throws IOException;

    /** Removes a blob; no error if it is absent. Callers check references first (see the image index). */
    void delete(Digest digest) throws IOException;
}
