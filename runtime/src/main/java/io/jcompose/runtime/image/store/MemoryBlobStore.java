package io.jcompose.runtime.image.store;

import io.jcompose.runtime.image.Digest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.NoSuchFileException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** An in-memory {@link BlobStore} for unit tests: same checks, no disk. */
public final class MemoryBlobStore implements BlobStore {

    private final Map<Digest, byte[]> blobs = new ConcurrentHashMap<>();
    private final AtomicInteger openWriters = new AtomicInteger();

    /** Writers opened and not yet closed; tests check a failed transfer closed every writer it opened. */
    public int openWriters() {
        return openWriters.get();
    }

    @Override
    public boolean has(Digest digest) {
        return blobs.containsKey(digest);
    }

    @Override
    public long size(Digest digest) throws IOException {
        return bytes(digest).length;
    }

    @Override
    public InputStream open(Digest digest) throws IOException {
        return new ByteArrayInputStream(bytes(digest));
    }

    private byte[] bytes(Digest digest) throws NoSuchFileException {
        byte[] b = blobs.get(digest);
        if (b == null) {
            throw new NoSuchFileException("blob " + digest + " is not in the store");
        }
        return b;
    }

    @Override
    public BlobWriter writer() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        HashingOutputStream hashing = new HashingOutputStream(buffer);
        openWriters.incrementAndGet();
        return new BlobWriter() {
            private boolean closed;

            @Override
            public OutputStream stream() {
                return hashing;
            }

            @Override
            public long written() {
                return hashing.count();
            }

            @Override
            public Digest commit(Digest expected, long expectedSize) throws IOException {
                hashing.finish();
                Digest actual = hashing.digest();
                BlobCheck.verify(expected, expectedSize, actual, hashing.count());
                blobs.putIfAbsent(actual, buffer.toByteArray());
                return actual;
            }

            @Override
            public void close() throws IOException {
                hashing.finish();
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
