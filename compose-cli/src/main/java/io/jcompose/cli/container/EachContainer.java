package io.jcompose.cli.container;

import io.jcompose.cli.compose.exec.Parallel;
import io.jcompose.engine.api.client.EngineApiException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Predicate;

/**
 * Runs one engine call per container named, all at once as docker does (a stop of ten containers waits one grace
 * period, not ten), then prints each name that succeeded and, on stderr, each engine refusal; exit 1 if any failed.
 */
final class EachContainer {

    /** One call for one container name or ID. */
    interface Call {
        void apply(String container) throws IOException;
    }

    private EachContainer() {
    }

    /** Returns the names that failed, after printing successes to {@code out} and refusals to {@code err}. */
    static List<String> apply(List<String> containers, PrintWriter out, PrintWriter err, Call call)
            throws IOException {
        return apply(containers, out, err, call, e -> false);
    }

    /** {@link #apply}, where the refusals {@code ignored} accepts print nothing and count as done. */
    static List<String> apply(List<String> containers, PrintWriter out, PrintWriter err, Call call,
            Predicate<EngineApiException> ignored) throws IOException {
        List<Future<?>> calls = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        try (ExecutorService pool = Parallel.threads()) {
            for (String c : containers) {
                calls.add(pool.submit(() -> {
                    call.apply(c);
                    return null;
                }));
            }
            for (int i = 0; i < containers.size(); i++) {
                try {
                    calls.get(i).get();
                    out.println(containers.get(i));
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof EngineApiException refused)) {
                        throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
                    }
                    if (ignored.test(refused)) {
                        continue;
                    }
                    err.println(refused.getMessage());
                    failed.add(containers.get(i));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            out.flush();
            err.flush();
        }
        return failed;
    }

    /** {@link #apply} as an exit code: 0 if every call succeeded, else 1. */
    static int exitCode(List<String> containers, PrintWriter out, PrintWriter err, Call call) throws IOException {
        return apply(containers, out, err, call).isEmpty() ? 0 : 1;
    }
}
