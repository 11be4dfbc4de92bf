package io.jcompose.runtime.registry;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.store.BlobStore;
import io.jcompose.runtime.image.store.BlobWriter;
import io.jcompose.runtime.image.store.DigestMismatchException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.NoSuchFileException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A blob store in memory, for tests; the real one lives in the image store package. */
final class MemoryBlobStore implements BlobStore {

    final ConcurrentHashMap<Digest, byte[]> blobs = new ConcurrentHashMap<>();
    final AtomicInteger openWriters = new AtomicInteger();

    @Override
    public boolean has(Digest digest) {
        return blobs.containsKey(digest);
    }

    @Override
    public long size(Digest digest) throws IOException {
        return get(digest).length;
    }

    @Override
    public InputStream open(Digest digest) throws IOException {
        return new ByteArrayInputStream(get(digest));
    }

    private byte[] get(Digest digest) throws NoSuchFileException {
        byte[] b = blobs.get(digest);
        if (b == null) {
            throw new NoSuchFileException(digest.toString());
        }
        return b;
    }

    @Override
    public BlobWriter writer() {
        openWriters.incrementAndGet();
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        return new BlobWriter() {
            private boolean closed;

            @Override
            public OutputStream stream() {
                return buf;
            }

            @Override
            public long written() {
                return buf.size();
            }

            @Override
            public Digest commit(Digest expected, long expectedSize) throws IOException {
                byte[] content = buf.toByteArray();
                Digest actual = Digest.sha256(content);
                if (expected != null && (!expected.equals(actual)
                        || (expectedSize >= 0 && expectedSize != content.length))) {
                    throw new DigestMismatchException(expected, actual.toString());
                }
                blobs.put(actual, content);
                return actual;
            }

            @Override
            public void close() {
                if (!closed) {
                    closed = true;
                    openWriters.decrementAndGet();
                }
            }
        };
    }

    @Override
    public Set<Digest> list() {
        return Set.copyOf(blobs.keySet());
    }

    @Override
    public void delete(Digest digest) {
        blobs.remove(digest);
    }
}
