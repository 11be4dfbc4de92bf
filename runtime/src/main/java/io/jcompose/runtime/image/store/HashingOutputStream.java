package io.jcompose.runtime.image.store;

import io.jcompose.runtime.image.Digest;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Hashes and counts bytes on their way to a blob, so content is checked without a second read. */
final class HashingOutputStream extends FilterOutputStream {

    private final MessageDigest sha256 = Digest.newSha256();
    private long count;
    private boolean closed;
    private Digest digest;

    HashingOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        ensureOpen();
        out.write(b);
        sha256.update((byte) b);
        count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        ensureOpen();
        out.write(b, off, len);
        sha256.update(b, off, len);
        count += len;
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("blob writer is already committed or closed");
        }
    }

    /** Marks the stream finished; later writes fail. The underlying stream is closed by the caller. */
    void finish() throws IOException {
        if (!closed) {
            out.flush();
            closed = true;
        }
    }

    long count() {
        return count;
    }

    /** The digest of everything written; finishes the stream. */
    Digest digest() throws IOException {
        finish();
        if (digest == null) {
            digest = new Digest("sha256", HexFormat.of().formatHex(sha256.digest()));
        }
        return digest;
    }

    @Override
    public void close() throws IOException {
        finish();
    }
}
