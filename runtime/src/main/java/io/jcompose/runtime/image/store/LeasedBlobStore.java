package io.jcompose.runtime.image.store;

import io.jcompose.runtime.image.Digest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Set;

/**
 * A blob store seen through a {@link Lease}: every digest a writer checks for or commits is protected before the
 * check or the commit, so a concurrent image removal cannot collect blobs of an image still being pulled.
 */
public final class LeasedBlobStore implements BlobStore {

    private final BlobStore blobs;
    private final Lease lease;

    public LeasedBlobStore(BlobStore blobs, Lease lease) {
        this.blobs = blobs;
        this.lease = lease;
    }

    @Override
    public boolean has(Digest digest) {
        lease.protect(digest);
        return blobs.has(digest);
    }

    @Override
    public long size(Digest digest) throws IOException {
        return blobs.size(digest);
    }

    @Override
    public InputStream open(Digest digest) throws IOException {
        return blobs.open(digest);
    }

    @Override
    public BlobWriter writer() throws IOException {
        BlobWriter w = blobs.writer();
        return new BlobWriter() {
            @Override
            public OutputStream stream() {
                return w.stream();
            }

            @Override
            public long written() {
                return w.written();
            }

            @Override
            public Digest commit(Digest expected, long expectedSize) throws IOException {
                if (expected != null) {
                    lease.protect(expected);
                }
                Digest d = w.commit(expected, expectedSize);
                lease.protect(d);
                return d;
            }

            @Override
            public void close() throws IOException {
                w.close();
            }
        };
    }

    @Override
    public Set<Digest> list() throws IOException {
        return blobs.list();
    }

    @Override
    public void delete(Digest digest) throws IOException {
        blobs.delete(digest);
    }
}
