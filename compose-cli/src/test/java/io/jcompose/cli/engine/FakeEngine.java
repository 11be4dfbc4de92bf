package io.jcompose.cli.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** An engine stand-in on a UNIX socket: {@code /_ping} answers OK, {@code /version} a fixed version. */
final class FakeEngine implements AutoCloseable {

    private final ServerSocketChannel server;
    private final Path socket;
    private final Thread loop;
    final AtomicInteger requests = new AtomicInteger();

    private FakeEngine(ServerSocketChannel server, Path socket) {
        this.server = server;
        this.socket = socket;
        this.loop = Thread.ofVirtual().start(this::serve);
    }

    static FakeEngine start(Path socket) throws IOException {
        Files.createDirectories(socket.getParent());
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        return new FakeEngine(server, socket);
    }

    private void serve() {
        while (server.isOpen()) {
            try (SocketChannel client = server.accept()) {
                String request = readHead(client);
                requests.incrementAndGet();
                String body = request.startsWith("GET /version")
                        ? "{\"Version\":\"9.9.9-fake\",\"ApiVersion\":\"1.47\"}" : "OK";
                String response = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: "
                        + body.length() + "\r\nConnection: close\r\n\r\n" + body;
                client.write(ByteBuffer.wrap(response.getBytes(StandardCharsets.US_ASCII)));
            } catch (IOException e) {
                return;
            }
        }
    }

    private static String readHead(SocketChannel client) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        ByteBuffer one = ByteBuffer.allocate(1);
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n") && client.read(one) > 0) {
            head.write(one.get(0));
            one.clear();
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        server.close();
        Files.deleteIfExists(socket);
        loop.interrupt();
    }
}
