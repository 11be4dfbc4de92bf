package io.jcompose.network.ports;

import java.io.Closeable;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The virtual threads and sockets of one proxy, counted so that closing it can prove nothing is left. */
final class ProxyThreads {

    private final String name;
    private final AtomicInteger live = new AtomicInteger();
    private final Set<Closeable> sockets = ConcurrentHashMap.newKeySet();

    ProxyThreads(String name) {
        this.name = name;
    }

    void start(Runnable task) {
        live.incrementAndGet();
        try {
            Thread.ofVirtual().name(name).start(() -> {
                try {
                    task.run();
                } finally {
                    live.decrementAndGet();
                }
            });
        } catch (RuntimeException e) {
            live.decrementAndGet();
            throw e;
        }
    }

    <T extends Closeable> T track(T socket) {
        sockets.add(socket);
        return socket;
    }

    void close(Closeable socket) {
        sockets.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing is best effort; the socket is gone either way
        }
    }

    /** Closes every tracked socket and waits up to two seconds for the threads to notice. */
    void closeAll() {
        for (Closeable s : Set.copyOf(sockets)) {
            close(s);
        }
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (live.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    int live() {
        return live.get();
    }

    int open() {
        return sockets.size();
    }
}
