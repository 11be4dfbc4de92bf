package io.jcompose.runtime.image.store;

import io.jcompose.runtime.image.Digest;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;

/** One blob being written; closing it without {@link #commit} discards what was written. */
public interface BlobWriter extends Closeable {

    /** Where the content goes; hashed as it is written. */
    OutputStream stream();

    /** Bytes written so far. */
    long written();

    /**
     * Makes the blob visible under its digest. With {@code expected} (and {@code expectedSize} >= 0) the content
     * must match, else {@link DigestMismatchException} and nothing is kept.
     */
    Digest commit(Digest expected, long expectedSize) throws IOException;

    @Override
    void close() throws IOException;
}
