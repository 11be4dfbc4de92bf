package io.jcompose.cli.engine;

import io.jcompose.engine.api.transport.HttpResponse;
import io.jcompose.engine.api.transport.UnixSocketHttp;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The CLI's way to an engine: which socket ({@code --host} > {@code JCOMPOSE_HOST} > the local engine), whether
 * something answers there, and {@link #ensureRunning} which starts the local engine on first use so that a new
 * user needs no setup step. Every command that needs the engine goes through here.
 */
public final class EngineConnection {

    private static final Duration PING_TIMEOUT = Duration.ofSeconds(3);

    private final EngineHost host;
    private final EngineLayout layout;
    private final EngineStarter starter;

    public EngineConnection(EngineHost host, EngineLayout layout, EngineStarter starter) {
        this.host = host;
        this.layout = layout;
        this.starter = starter;
    }

    /** The connection a command uses: {@code hostOption} is the global {@code --host}, if given. */
    public static EngineConnection resolve(Optional<String> hostOption, Map<String, String> env) {
        EngineHost host = EngineHost.resolve(hostOption, env);
        EngineLayout layout = EngineLayout.resolve(env);
        return new EngineConnection(host, layout,
                new EngineStarter(new DetachedEngineSpawner(env), UserIdentity.current(), Duration.ofSeconds(10)));
    }

    public EngineHost host() {
        return host;
    }

    public EngineLayout layout() {
        return layout;
    }

    /** A client for the engine's socket (whether anything answers there or not). */
    public UnixSocketHttp http() {
        return new UnixSocketHttp(host.socket());
    }

    /**
     * Asks {@code /_ping}, giving up after a few seconds so that a hung engine cannot hang the CLI. The ping runs on
     * a platform thread, not a virtual one: socket I/O on a virtual thread starts the JDK's I/O poller, a thread
     * that then sits in {@code epoll_wait}, and the JVM's exit waits up to 300 ms for threads in native code
     * (docs/benchmarks.md, "Everyday commands").
     */
    public EngineProbe probe() {
        try (ExecutorService executor = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().daemon().name("engine-ping").factory())) {
            Future<HttpResponse> ping = executor.submit(() -> http().send("GET", "/_ping", Map.of(), null));
            try {
                HttpResponse answer = ping.get(PING_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                if (!answer.isSuccess()) {
                    return EngineProbe.ABSENT;
                }
                // an older engine (a real dockerd) gets requests in its own API version
                io.jcompose.engine.api.ApiVersions.negotiate(answer.header("Api-Version").orElse(null));
                return EngineProbe.ANSWERS;
            } catch (ExecutionException e) {
                return e.getCause() instanceof AccessDeniedException || String.valueOf(e.getCause().getMessage())
                        .contains("Permission denied") ? EngineProbe.DENIED : EngineProbe.ABSENT;
            } catch (TimeoutException e) {
                ping.cancel(true);
                return EngineProbe.ABSENT;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return EngineProbe.ABSENT;
            }
        }
    }

    public boolean ping() {
        return probe() == EngineProbe.ANSWERS;
    }

    /**
     * A client for an engine that answers: the local engine is started first if nothing answers (a notice goes
     * to {@code notices}); a host the user named is never started, only reported.
     */
    public UnixSocketHttp ensureRunning(PrintWriter notices) throws IOException {
        EngineProbe probe = probe();
        if (probe == EngineProbe.ANSWERS) {
            return http();
        }
        if (probe == EngineProbe.DENIED) {
            throw EngineStarter.needsRoot("permission denied on " + host.socket());
        }
        if (host.explicit()) {
            throw new EngineException("cannot connect to the engine at " + host + ": nothing answers there "
                    + "(is it running?)");
        }
        EngineStarter.Outcome outcome = starter.start(layout, this::probe);
        if (outcome.started()) {
            notices.println("engine started (pid " + outcome.pid() + ", socket " + layout.socket() + ")");
            notices.flush();
        }
        return http();
    }

    /** Starts the local engine unless one answers; {@code jcompose engine start}. */
    public EngineStarter.Outcome start() throws IOException {
        return starter.start(layout, this::probe);
    }
}
