package io.jcompose.engine.api.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The transport's connection hijack against a small fake server on a temporary UNIX socket. */
@Timeout(20)
class HijackTest {

    @TempDir
    Path dir;

    private ServerSocketChannel server;
    private final CompletableFuture<String> head = new CompletableFuture<>();

    @AfterEach
    void close() throws IOException {
        if (server != null) {
            server.close();
        }
        Files.deleteIfExists(dir.resolve("s.sock"));
    }

    /** Serves one connection: reads the request head and body, then hands the streams to {@code then}. */
    private interface Exchange {
        void run(InputStream in, OutputStream out, SocketChannel channel) throws IOException;
    }

    private StreamingUnixSocketHttp serve(Exchange exchange) throws IOException {
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(dir.resolve("s.sock")));
        Thread.ofVirtual().start(() -> {
            try (SocketChannel c = server.accept()) {
                InputStream in = Channels.newInputStream(c);
                StringBuilder h = new StringBuilder();
                while (!h.toString().endsWith("\r\n\r\n")) {
                    h.append((char) in.read());
                }
                String text = h.toString();
                int length = Integer.parseInt(text.replaceAll("(?s).*Content-Length: (\\d+).*", "$1").strip());
                head.complete(text + new String(in.readNBytes(length), StandardCharsets.UTF_8));
                exchange.run(in, Channels.newOutputStream(c), c);
            } catch (IOException e) {
                head.completeExceptionally(e);
            }
        });
        return new StreamingUnixSocketHttp(dir.resolve("s.sock"));
    }

    @Test
    void anUpgradedConnectionCarriesRawBytesBothWaysAndHalfCloses() throws Exception {
        StreamingUnixSocketHttp http = serve((in, out, c) -> {
            // the first output travels in the same write as the 101's headers
            out.write(("HTTP/1.1 101 UPGRADED\r\nContent-Type: application/vnd.docker.raw-stream\r\n"
                    + "Connection: Upgrade\r\nUpgrade: tcp\r\n\r\nready\n").getBytes(StandardCharsets.ISO_8859_1));
            byte[] buffer = new byte[64];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) { // echo, upper-cased, until half-close
                out.write(new String(buffer, 0, n, StandardCharsets.UTF_8).toUpperCase(Locale.ROOT)
                        .getBytes(StandardCharsets.UTF_8));
            }
            out.write("stdin ended\n".getBytes(StandardCharsets.UTF_8));
        });
        try (StreamingResponse r = http.hijack("POST", "/v1.47/exec/abc/start",
                Map.of("Content-Type", "application/json"), "{\"Detach\":false}".getBytes(StandardCharsets.UTF_8))) {
            assertThat(r.status()).isEqualTo(101);
            assertThat(r.upgraded()).isTrue();
            assertThat(r.header("content-type")).contains("application/vnd.docker.raw-stream");
            assertThat(head.get(5, TimeUnit.SECONDS)).startsWith("POST /v1.47/exec/abc/start HTTP/1.1\r\n")
                    .contains("\r\nConnection: Upgrade\r\n", "\r\nUpgrade: tcp\r\n", "\r\nContent-Length: 16\r\n")
                    .doesNotContain("close").endsWith("\r\n\r\n{\"Detach\":false}");
            InputStream body = r.body();
            assertThat(readLine(body)).isEqualTo("ready");
            r.output().write("one\n".getBytes(StandardCharsets.UTF_8));
            assertThat(readLine(body)).isEqualTo("ONE"); // both ways at once: a read was waiting
            r.output().write("two\n".getBytes(StandardCharsets.UTF_8));
            r.closeWrite();
            assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("TWO\nstdin ended\n");
        }
    }

    @Test
    void aServerThatDoesNotUpgradeAnswersAPlainStreamedBody() throws Exception {
        StreamingUnixSocketHttp http = serve((in, out, c) -> out.write(("HTTP/1.1 200 OK\r\n"
                + "Content-Type: application/vnd.docker.multiplexed-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "3\r\nout\r\n4\r\nput\n\r\n0\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1)));
        try (StreamingResponse r = http.hijack("POST", "/v1.47/containers/web/attach?stream=1", Map.of(),
                new byte[0])) {
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.upgraded()).isFalse();
            r.output().write("ignored".getBytes(StandardCharsets.UTF_8));
            r.closeWrite();
            assertThat(new String(r.body().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("output\n");
            assertThat(head.get(5, TimeUnit.SECONDS)).contains("\r\nContent-Length: 0\r\n");
        }
    }

    @Test
    void aRefusalIsAnOrdinaryResponse() throws Exception {
        StreamingUnixSocketHttp http = serve((in, out, c) -> out.write(("HTTP/1.1 404 Not Found\r\n"
                + "Content-Type: application/json\r\nContent-Length: 38\r\n\r\n"
                + "{\"message\":\"No such exec instance: x\"}").getBytes(StandardCharsets.ISO_8859_1)));
        try (StreamingResponse r = http.hijack("POST", "/v1.47/exec/x/start", Map.of(), new byte[0])) {
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.upgraded()).isFalse();
            assertThat(new String(r.body().readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo("{\"message\":\"No such exec instance: x\"}");
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int c = in.read(); c != '\n' && c >= 0; c = in.read()) {
            line.write(c);
        }
        return line.toString(StandardCharsets.UTF_8);
    }
}
