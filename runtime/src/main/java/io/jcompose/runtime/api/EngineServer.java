package io.jcompose.runtime.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.unixdomain.server.UnixDomainServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Serves the Docker Engine API on a UNIX socket (mode 0660), so the docker CLI, docker-compose and
 * Testcontainers can drive the jcompose engine. Requests run on virtual threads.
 */
public final class EngineServer implements AutoCloseable {

    private final Server server;
    private final Path socket;

    private EngineServer(Server server, Path socket) {
        this.server = server;
        this.socket = socket;
    }

    /** Starts serving {@code routes} at {@code socket}, replacing a stale socket file left by a dead engine. */
    public static EngineServer start(Path socket, List<Route> routes) throws IOException {
        Files.createDirectories(socket.toAbsolutePath().getParent());
        Files.deleteIfExists(socket);
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("engine-api");
        threads.setVirtualThreadsExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        Server server = new Server(threads);
        UnixDomainServerConnector connector = new UnixDomainServerConnector(server);
        connector.setUnixDomainPath(socket);
        connector.setAcceptQueueSize(1024); // an `up` of many services connects once per call, all at once
        server.addConnector(connector);
        server.setHandler(new ApiHandler(new Router(routes)));
        try {
            server.start();
        } catch (Exception e) {
            throw new IOException("cannot serve the engine API at " + socket + ": " + e.getMessage(), e);
        }
        Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-rw----"));
        return new EngineServer(server, socket);
    }

    public Path socket() {
        return socket;
    }

    @Override
    public void close() throws IOException {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IOException("stopping the engine API: " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(socket);
        }
    }
}
