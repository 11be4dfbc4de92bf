package io.jcompose.cli.compose.exec;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The global {@code --parallel N} (docker compose's: how many services are worked on at once; -1 for no limit):
 * the executors that run services side by side come from here.
 */
public final class Parallel {

    private static volatile int limit = -1;

    private Parallel() {
    }

    /** Set once when the command line is parsed; 0 or negative means no limit. */
    public static void limit(int n) {
        limit = n;
    }

    /** A virtual thread per task, at most {@code --parallel} of them running at once. */
    public static ExecutorService executor() {
        int n = limit;
        return n <= 0 ? Executors.newVirtualThreadPerTaskExecutor()
                : Executors.newFixedThreadPool(n, Thread.ofVirtual().name("parallel-", 0).factory());
    }
}
