package io.jcompose.runtime.image.store;

import io.jcompose.runtime.image.Digest;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;

/**
 * Protects blobs that are written but not yet named (a pull or load in progress) from garbage collection; closing
 * the lease ends the protection. Take one before writing the first blob.
 */
public final class Lease implements AutoCloseable {

    private final Set<Lease> live;
    private final Lock storeLock;
    private final Set<Digest> held = ConcurrentHashMap.newKeySet();

    Lease(Set<Lease> live, Lock storeLock) {
        this.live = live;
        this.storeLock = storeLock;
        live.add(this);
    }

    /**
     * Keeps {@code digest} alive until the lease closes. Call it before checking whether the blob exists: a
     * collection either ran before (the blob is gone and must be written) or will see the protection.
     */
    public void protect(Digest digest) {
        storeLock.lock();
        try {
            held.add(digest);
        } finally {
            storeLock.unlock();
        }
    }

    Set<Digest> held() {
        return Set.copyOf(held);
    }

    @Override
    public void close() {
        live.remove(this);
    }
}
