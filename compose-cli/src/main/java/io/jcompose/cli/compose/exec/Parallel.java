package io.jcompose.cli.compose.exec;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The global {@code --parallel N} (docker compose's: how many services are worked on at once; -1 for no limit):
 * the executors that run services side by side come from here. They are platform threads, not virtual ones: the
 * CLI's socket I/O on virtual threads starts the JDK's poller thread, which sits in native code, and the JVM then
 * waits up to 300 ms for it when it exits (most of a short command's run).
 */
public final class Parallel {

    private static volatile int limit = -1;

    private Parallel() {
    }

    /** Set once when the command line is parsed; 0 or negative means no limit. */
    public static void limit(int n) {
        limit = n;
    }

    /** A thread per task, at most {@code --parallel} of them running at once. */
    public static ExecutorService executor() {
        int n = limit;
        return n <= 0 ? threads() : Executors.newFixedThreadPool(n, Thread.ofPlatform().daemon()
                .name("parallel-", 0).factory());
    }

    /** A thread per task, no limit (log followers, waits: they must not queue behind each other). */
    public static ExecutorService threads() {
        return Executors.newThreadPerTaskExecutor(Thread.ofPlatform().daemon().name("compose-", 0).factory());
    }
}
