package io.jcompose.runtime.registry;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Runs blob transfers on virtual threads, at most {@code limit} at once; the first failure cancels the others and
 * nothing is left running when {@link #run} returns.
 */
final class ParallelTasks {

    /** One transfer. */
    @FunctionalInterface
    interface Task {
        void run() throws IOException, InterruptedException;
    }

    private ParallelTasks() {
    }

    static void run(List<Task> tasks, int limit) throws IOException, InterruptedException {
        Semaphore permits = new Semaphore(limit);
        try (ExecutorService exec = Executors.newVirtualThreadPerTaskExecutor()) {
            CompletionService<Void> done = new ExecutorCompletionService<>(exec);
            List<Future<Void>> futures = new ArrayList<>();
            for (Task t : tasks) {
                futures.add(done.submit(() -> {
                    permits.acquire();
                    try {
                        t.run();
                    } finally {
                        permits.release();
                    }
                    return null;
                }));
            }
            try {
                for (int i = 0; i < tasks.size(); i++) {
                    try {
                        done.take().get();
                    } catch (ExecutionException e) {
                        throw rethrow(e.getCause());
                    }
                }
            } finally {
                futures.forEach(f -> f.cancel(true));
            }
        }
    }

    private static IOException rethrow(Throwable cause) throws InterruptedException {
        switch (cause) {
            case IOException io -> {
                return io;
            }
            case InterruptedException ie -> throw ie;
            case RuntimeException re -> throw re;
            case Error err -> throw err;
            default -> {
                return new IOException(cause);
            }
        }
    }
}
