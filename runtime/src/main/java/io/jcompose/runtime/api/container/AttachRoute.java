package io.jcompose.runtime.api.container;

import io.jcompose.runtime.api.ApiException;
import io.jcompose.runtime.api.ApiRequest;
import io.jcompose.runtime.api.ApiResponse;
import io.jcompose.runtime.api.RawStream;
import io.jcompose.runtime.api.Route;
import io.jcompose.runtime.container.ContainerLayout;
import io.jcompose.runtime.container.ContainerRecord;
import io.jcompose.runtime.container.ContainerStatus;
import io.jcompose.runtime.container.Containers;
import io.jcompose.runtime.container.log.FramedLogSink;
import io.jcompose.runtime.container.log.LogQuery;
import io.jcompose.runtime.container.log.LogReader;
import io.jcompose.runtime.container.monitor.ConmonAttach;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;

/**
 * {@code POST /containers/{id}/attach} over docker's connection hijack, which {@code docker run} (without -d),
 * {@code docker attach} and {@code docker start -a} use: the log so far with {@code logs=1}, then with
 * {@code stream=1} the container's output as it writes it, until it stops. Docker's CLI attaches before it starts
 * the container, so live output is everything logged from the moment of the attach. With {@code stdin=1}, to a
 * container created with {@code OpenStdin}, what the client sends goes to the container's stdin through its
 * conmon's attach socket ({@link StdinRelay}); as in docker, the end of the client's stdin closes the container's
 * when it was created with {@code StdinOnce} and no terminal, and otherwise ends the attach, as does the detach
 * sequence on a terminal. {@code POST /containers/{id}/resize} sizes a terminal ({@link ContainerResize}).
 */
public final class AttachRoute {

    private static final String RAW = "application/vnd.docker.raw-stream";
    private static final String MULTIPLEXED = "application/vnd.docker.multiplexed-stream";
    /** How often a client's stdin looks for the container's monitor, which listens once the container starts. */
    private static final Duration CONNECT_RETRY = Duration.ofMillis(20);

    private final Containers containers;
    private final Clock clock;
    private final Duration poll;

    public AttachRoute(Containers containers) {
        this(containers, Clock.systemUTC(), LogReader.DEFAULT_POLL);
    }

    /** @param poll how often a follower looks for new output once it has caught up */
    AttachRoute(Containers containers, Clock clock, Duration poll) {
        this.containers = containers;
        this.clock = clock;
        this.poll = poll;
    }

    /** The route, with container errors mapped to docker's status codes. */
    public List<Route> routes() {
        return List.of(new Route("POST", "/containers/{id}/attach", ContainerRoutes.guard(this::handle)),
                new Route("POST", "/containers/{id}/resize",
                        ContainerRoutes.guard(new ContainerResize(containers)::handle)));
    }

    public ApiResponse handle(ApiRequest request) throws IOException {
        AttachOptions options = AttachOptions.fromApi(request);
        String name = request.pathParam("id");
        ContainerRecord record = containers.store().find(name);
        ContainerStatus status = record.state().status();
        if (status == ContainerStatus.PAUSED) {
            throw new ApiException(409, "container " + name + " is paused, unpause the container before attach");
        }
        if (status == ContainerStatus.RESTARTING) {
            throw new ApiException(409, "container " + name + " is restarting, wait until the container is running");
        }
        // taken before the 101, so that an exit or output right after the client's start is not missed
        CompletableFuture<Integer> exit = containers.events().nextExit(record.id());
        boolean exitedMeanwhile = status.isAlive()
                && !containers.store().get(record.id()).state().status().isAlive();
        Instant attached = clock.instant();
        ContainerLayout layout = containers.store().layout(record.id());
        createLog(layout);
        LogQuery query = new LogQuery(options.stdout(), options.stderr(), OptionalInt.empty(),
                options.logs() ? Optional.empty() : Optional.of(attached), Optional.empty(), false, options.stream());
        boolean tty = record.tty();
        String type = tty || versionBefore142(request.apiVersion()) ? RAW : MULTIPLEXED;
        boolean stdin = options.stdin() && options.stream() && Boolean.TRUE.equals(record.config().openStdin());
        boolean closesStdin = Boolean.TRUE.equals(record.config().stdinOnce()) && !tty;
        byte[] detachKeys = !tty ? new byte[0]
                : options.detachKeys().length > 0 ? options.detachKeys() : DetachKeys.DEFAULT;
        RawStream output = (fromClient, toClient) -> {
            if (!options.logs() && !options.stream()) {
                return;
            }
            StdinRelay relay = null;
            CompletableFuture<StdinRelay.Outcome> relayed = new CompletableFuture<>();
            if (stdin) {
                relay = new StdinRelay(fromClient, () -> ConmonAttach.connect(layout.bundle()).map(AttachRoute::sink),
                        exit::isDone, detachKeys, closesStdin, CONNECT_RETRY);
                StdinRelay running = relay;
                Thread.ofPlatform().daemon().name("attach stdin " + record.id().shortId())
                        .start(() -> relayed.complete(running.run()));
            }
            FramedLogSink sink = new FramedLogSink(toClient, tty, false);
            try {
                new LogReader(layout.log(), poll, clock).read(query, sink,
                        () -> exitedMeanwhile || exit.isDone() || endsAttach(relayed, closesStdin));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                if (relay != null) {
                    relay.stop();
                }
            }
        };
        return ApiResponse.upgrade(type, output);
    }

    /**
     * Whether the client's stdin ended the attach: docker keeps sending output after the client's stdin ends only
     * when that closed the container's stdin (StdinOnce without a terminal); a detach always ends it.
     */
    private static boolean endsAttach(CompletableFuture<StdinRelay.Outcome> relayed, boolean closesStdin) {
        StdinRelay.Outcome outcome = relayed.getNow(null);
        return outcome == StdinRelay.Outcome.DETACHED || outcome == StdinRelay.Outcome.ENDED && !closesStdin;
    }

    private static StdinRelay.Sink sink(ConmonAttach attach) {
        return new StdinRelay.Sink() {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                attach.write(bytes, offset, length);
            }

            @Override
            public void close() {
                attach.close();
            }
        };
    }

    /**
     * conmon appends to the log (creating it at start), so an empty file made now is the one it writes; the
     * follower holds it open even when {@code --rm} deletes the container's directory right after a quick exit.
     */
    private static void createLog(ContainerLayout layout) throws IOException {
        if (Files.isDirectory(layout.dir()) && !Files.exists(layout.log())) {
            try {
                Files.createFile(layout.log(),
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r-----")));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // conmon was quicker
            }
        }
    }

    private static boolean versionBefore142(String version) {
        String[] parts = version.split("\\.");
        int major = Integer.parseInt(parts[0]);
        return major < 1 || (major == 1 && Integer.parseInt(parts[1]) < 42);
    }
}
