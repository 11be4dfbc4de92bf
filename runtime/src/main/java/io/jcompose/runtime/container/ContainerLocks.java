package io.jcompose.runtime.container;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/** One lock per container: operations on a container run one at a time, on different containers in parallel. */
final class ContainerLocks {

    private final ConcurrentHashMap<ContainerId, ReentrantLock> locks = new ConcurrentHashMap<>();

    <T> T locked(ContainerId id, LockedAction<T> action) throws IOException {
        ReentrantLock lock = locks.computeIfAbsent(id, k -> new ReentrantLock());
        lock.lock();
        try {
            return action.run();
        } finally {
            lock.unlock();
        }
    }

    /** Work done under a container's lock. */
    @FunctionalInterface
    interface LockedAction<T> {
        T run() throws IOException;
    }
}
