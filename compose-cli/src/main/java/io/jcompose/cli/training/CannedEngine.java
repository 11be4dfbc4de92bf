package io.jcompose.cli.training;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A Docker Engine API served from memory on a UNIX socket, one request per connection as the CLI's client sends
 * them: enough for the AOT training run's commands to run as against a real engine, without one (no root, no
 * runc, no network). Closing it stops serving and deletes the socket.
 */
public final class CannedEngine implements AutoCloseable {

    private final Path socket;
    private final ServerSocketChannel server;
    private final CannedRoutes routes = new CannedRoutes();
    private final ExecutorService connections = Executors.newVirtualThreadPerTaskExecutor();
    private final Thread acceptor;

    private CannedEngine(Path socket, ServerSocketChannel server) {
        this.socket = socket;
        this.server = server;
        this.acceptor = Thread.ofVirtual().name("canned-engine-accept").start(this::accept);
    }

    /** Serves on a new socket at {@code socket} (which must not exist yet). */
    public static CannedEngine start(Path socket) throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            server.bind(UnixDomainSocketAddress.of(socket), 256);
        } catch (IOException e) {
            server.close();
            throw e;
        }
        return new CannedEngine(socket, server);
    }

    public Path socket() {
        return socket;
    }

    /** The {@code --host} value that points the CLI here. */
    public String host() {
        return "unix://" + socket;
    }

    private void accept() {
        while (server.isOpen()) {
            try {
                SocketChannel channel = server.accept();
                connections.submit(() -> serve(channel));
            } catch (ClosedChannelException closed) {
                return;
            } catch (IOException e) {
                if (!server.isOpen()) {
                    return;
                }
                throw new UncheckedIOException("the canned engine could not accept a connection", e);
            }
        }
    }

    private void serve(SocketChannel channel) {
        try (channel) {
            InputStream in = new BufferedInputStream(Channels.newInputStream(channel));
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
            CannedResponse response;
            try {
                response = routes.answer(CannedRequest.read(in));
            } catch (RuntimeException e) {
                response = CannedResponse.error(500, "canned engine: " + e);
            }
            response.writeTo(out);
        } catch (IOException e) {
            // the client went away; nothing to answer
        }
    }

    @Override
    public void close() throws IOException {
        try {
            server.close();
            acceptor.join();
            connections.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            Files.deleteIfExists(socket);
        }
    }
}
