package io.jcompose.cli.container;

import io.jcompose.cli.compose.exec.Parallel;
import io.jcompose.engine.api.client.ContainerApi;
import io.jcompose.engine.api.client.EngineApiException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The latest stats row of each container, gathered by one engine request per container on virtual threads, as
 * docker's stats collects them; closing it ends the streams.
 */
final class StatsCollector implements AutoCloseable {

    /** How often a live table is drawn: the engine samples once a second. */
    static final Duration INTERVAL = Duration.ofSeconds(1);

    private final ContainerApi api;
    private final List<String> containers;
    private final boolean noTrunc;
    private final Map<String, StatsRow> rows = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final ExecutorService pool = Parallel.threads();
    private final CountDownLatch ended;

    StatsCollector(ContainerApi api, List<String> containers, boolean noTrunc) {
        this.api = api;
        this.containers = List.copyOf(containers);
        this.noTrunc = noTrunc;
        this.ended = new CountDownLatch(containers.size());
        containers.forEach(c -> rows.put(c, StatsRow.invalid(c, "", c, noTrunc)));
    }

    /** One {@code stream=0} sample of each, all at once; the engine's refusals, in the order given. */
    List<String> once() throws IOException {
        List<Future<StatsRow>> calls = new ArrayList<>();
        for (String c : containers) {
            calls.add(pool.submit(() -> StatsRow.of(c, api.stats(c), noTrunc)));
        }
        List<String> refused = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            try {
                put(containers.get(i), calls.get(i).get());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof EngineApiException engine)) {
                    throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
                }
                refused.add(engine.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
        return refused;
    }

    /**
     * Starts one streamed request per container and returns once each has sent its first sample or ended; the
     * engine's refusals, in the order given.
     */
    List<String> startStreams() throws IOException {
        CountDownLatch first = new CountDownLatch(containers.size());
        for (String c : containers) {
            pool.submit(() -> {
                try {
                    api.stats(c, s -> {
                        put(c, StatsRow.of(c, s, noTrunc));
                        first.countDown();
                    });
                } catch (IOException e) {
                    synchronized (rows) {
                        errors.put(c, e.getMessage());
                    }
                } finally {
                    first.countDown();
                    ended.countDown();
                }
            });
        }
        try {
            first.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        synchronized (rows) {
            return containers.stream().filter(errors::containsKey).map(errors::get).toList();
        }
    }

    private void put(String container, StatsRow row) {
        synchronized (rows) {
            rows.put(container, row);
        }
    }

    /** The latest row of each container, in the order given. */
    List<StatsRow> rows() {
        synchronized (rows) {
            return List.copyOf(rows.values());
        }
    }

    /** Whether every stream has ended. */
    boolean ended() {
        return ended.getCount() == 0;
    }

    /** Waits up to {@code timeout}, less when the last stream ends first. */
    void awaitEnd(Duration timeout) throws InterruptedException {
        ended.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        pool.shutdownNow(); // interrupts the streaming requests, which closes their connections
    }
}
