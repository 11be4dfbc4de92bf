package io.jcompose.runtime.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Docker's connection hijack over a raw UNIX socket, as docker's client does it: 101 with the stream's content
 * type, bytes both ways, a half-close after which the server still writes, and the 200 fallback without upgrade.
 */
class HijackTest {

    @TempDir
    Path dir;

    private EngineServer server;

    @BeforeEach
    void start() throws IOException {
        // echoes each chunk upper-cased; after the client's EOF says how many bytes it got, then ends
        Route echo = new Route("POST", "/containers/{id}/attach", r -> ApiResponse.upgrade(
                "application/vnd.docker.raw-stream", (in, out) -> {
                    out.write(("attached " + r.pathParam("id") + "\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    byte[] buf = new byte[256];
                    int total = 0;
                    for (int n; (n = in.read(buf)) > 0; total += n) {
                        out.write(new String(buf, 0, n, StandardCharsets.UTF_8).toUpperCase(Locale.ROOT)
                                .getBytes(StandardCharsets.UTF_8));
                        out.flush();
                    }
                    out.write(("eof after " + total + "\n").getBytes(StandardCharsets.UTF_8));
                }));
        Route missing = new Route("POST", "/containers/{id}/gone", r -> {
            throw new ApiException(404, "No such container: " + r.pathParam("id"));
        });
        server = EngineServer.start(dir.resolve("engine.sock"), List.of(echo, missing));
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void upgradesThenCarriesBytesBothWaysAndWritesAfterTheClientsHalfClose() throws IOException {
        try (SocketChannel socket = connect()) {
            InputStream in = Channels.newInputStream(socket);
            OutputStream out = Channels.newOutputStream(socket);
            out.write(request("/v1.47/containers/c1/attach?stream=1&stdin=1", true, ""));
            String head = readHead(in);
            assertThat(head).startsWith("HTTP/1.1 101 ");
            assertThat(head.toLowerCase(Locale.ROOT)).contains("content-type: application/vnd.docker.raw-stream\r\n",
                    "connection: upgrade\r\n", "upgrade: tcp\r\n")
                    .doesNotContain("transfer-encoding", "content-length");
            assertThat(readLine(in)).isEqualTo("attached c1");
            out.write("hello\n".getBytes(StandardCharsets.UTF_8));
            assertThat(readLine(in)).isEqualTo("HELLO");
            out.write("again\n".getBytes(StandardCharsets.UTF_8));
            assertThat(readLine(in)).isEqualTo("AGAIN");
            socket.shutdownOutput();
            assertThat(readLine(in)).isEqualTo("eof after 12");
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @Test
    void bytesSentRightAfterTheRequestAreNotLost() throws IOException {
        try (SocketChannel socket = connect()) {
            InputStream in = Channels.newInputStream(socket);
            OutputStream out = Channels.newOutputStream(socket);
            out.write(request("/containers/c2/attach", true, "early\n"));
            socket.shutdownOutput();
            assertThat(readHead(in)).startsWith("HTTP/1.1 101 ");
            String rest = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(rest).isEqualTo("attached c2\nEARLY\neof after 6\n");
        }
    }

    @Test
    void withoutUpgradeTheSameExchangeIsAPlain200WithTheRequestBodyAsInput() throws IOException {
        try (SocketChannel socket = connect()) {
            InputStream in = Channels.newInputStream(socket);
            OutputStream out = Channels.newOutputStream(socket);
            out.write(request("/containers/c3/attach", false, "abc"));
            String head = readHead(in);
            assertThat(head).startsWith("HTTP/1.1 200 ");
            assertThat(head.toLowerCase(Locale.ROOT)).contains("content-type: application/vnd.docker.raw-stream");
            assertThat(dechunk(in)).isEqualTo("attached c3\nABCeof after 3\n");
        }
    }

    @Test
    void errorsBeforeTheUpgradeAreOrdinaryResponses() throws IOException {
        try (SocketChannel socket = connect()) {
            InputStream in = Channels.newInputStream(socket);
            Channels.newOutputStream(socket).write(request("/containers/x/gone", true, ""));
            String head = readHead(in);
            assertThat(head).startsWith("HTTP/1.1 404 ");
        }
    }

    private SocketChannel connect() throws IOException {
        SocketChannel socket = SocketChannel.open(StandardProtocolFamily.UNIX);
        socket.connect(UnixDomainSocketAddress.of(server.socket()));
        return socket;
    }

    private static byte[] request(String target, boolean upgrade, String body) {
        String head = "POST " + target + " HTTP/1.1\r\nHost: api.moby.localhost\r\n"
                + (upgrade ? "Connection: Upgrade\r\nUpgrade: tcp\r\nContent-Length: 0\r\n"
                        : "Content-Length: " + body.length() + "\r\nContent-Type: text/plain\r\n")
                + "\r\n";
        return (head + body).getBytes(StandardCharsets.UTF_8);
    }

    /** The status line and headers, up to and including the blank line. */
    static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed in the response head: " + head);
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b; (b = in.read()) != '\n'; line.write(b)) {
            if (b < 0) {
                throw new IOException("connection closed in a line: " + line);
            }
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    private static String dechunk(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            int size = Integer.parseInt(readLine(in).strip(), 16);
            if (size == 0) {
                return body.toString(StandardCharsets.UTF_8);
            }
            body.write(in.readNBytes(size));
            readLine(in);
        }
    }
}
