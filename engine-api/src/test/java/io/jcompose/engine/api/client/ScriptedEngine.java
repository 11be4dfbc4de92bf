package io.jcompose.engine.api.client;

import java.io.BufferedInputStream;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A fake engine on a temporary UNIX socket: records each request (chunked bodies de-chunked) and answers with what
 * the test's function returns, chunked when asked, so the client is tested over a real socket.
 */
public final class ScriptedEngine implements AutoCloseable {

    public record Request(String method, String target, Map<String, String> headers, byte[] body) {
    }

    /**
     * An answer; with {@code hijack}, a request asking to upgrade gets {@code 101} and the body raw, then the
     * engine reads what the client sends until it half-closes (kept in {@link #hijackedInput}); one that does
     * not ask gets the body as a plain 200.
     */
    public record Response(int status, String contentType, byte[] body, boolean chunked, boolean hijack) {

        public Response(int status, String contentType, byte[] body, boolean chunked) {
            this(status, contentType, body, chunked, false);
        }

        public static Response hijack(String contentType, byte[] body) {
            return new Response(200, contentType, body, false, true);
        }

        public static Response json(int status, String json) {
            return new Response(status, "application/json", json.getBytes(StandardCharsets.UTF_8), false);
        }

        public static Response lines(String... lines) {
            return new Response(200, "application/json",
                    (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8), true);
        }
    }

    private final ServerSocketChannel server;
    private final Path socket;
    private final Function<Request, Response> script;
    public final List<Request> requests = new CopyOnWriteArrayList<>();
    /** What clients sent on each hijacked connection, in the order the connections ended. */
    public final List<String> hijackedInput = new CopyOnWriteArrayList<>();

    private ScriptedEngine(ServerSocketChannel server, Path socket, Function<Request, Response> script) {
        this.server = server;
        this.socket = socket;
        this.script = script;
        Thread.ofVirtual().start(this::serve);
    }

    public static ScriptedEngine start(Path socket, Function<Request, Response> script) throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        return new ScriptedEngine(server, socket, script);
    }

    /** One connection at a time is read, so requests are recorded in the order clients sent them. */
    private void serve() {
        while (server.isOpen()) {
            SocketChannel client;
            Request request;
            InputStream in;
            try {
                client = server.accept();
                in = new BufferedInputStream(Channels.newInputStream(client));
                request = read(in);
            } catch (IOException e) {
                return;
            }
            requests.add(request);
            Thread.ofVirtual().start(() -> answer(client, in, request)); // a wait or attach may stay open
        }
    }

    private void answer(SocketChannel client, InputStream in, Request request) {
        try (client) {
            Response response = script.apply(request);
            OutputStream out = Channels.newOutputStream(client);
            if (response.hijack() && "tcp".equalsIgnoreCase(request.headers().get("upgrade"))) {
                out.write(("HTTP/1.1 101 UPGRADED\r\nContent-Type: " + response.contentType()
                        + "\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(response.body());
                out.flush();
                hijackedInput.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } else {
                write(out, response);
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static Request read(InputStream in) throws IOException {
        String[] first = line(in).split(" ");
        Map<String, String> headers = new TreeMap<>();
        for (String l = line(in); !l.isEmpty(); l = line(in)) {
            int colon = l.indexOf(':');
            headers.put(l.substring(0, colon).trim().toLowerCase(Locale.ROOT), l.substring(colon + 1).trim());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if ("chunked".equals(headers.get("transfer-encoding"))) {
            for (int n = Integer.parseInt(line(in), 16); n > 0; n = Integer.parseInt(line(in), 16)) {
                body.write(in.readNBytes(n));
                line(in);
            }
            line(in);
        } else if (headers.containsKey("content-length")) {
            body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
        }
        return new Request(first[0], first[1], headers, body.toByteArray());
    }

    private static void write(OutputStream out, Response r) throws IOException {
        String head = "HTTP/1.1 " + r.status() + " X\r\nContent-Type: " + r.contentType() + "\r\n"
                + (r.chunked() ? "Transfer-Encoding: chunked" : "Content-Length: " + r.body().length)
                + "\r\nConnection: close\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        if (r.chunked()) {
            for (int off = 0; off < r.body().length; off += 7) { // small chunks that split lines
                int n = Math.min(7, r.body().length - off);
                out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(r.body(), off, n);
                out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        } else {
            out.write(r.body());
        }
        out.flush();
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                b.write(c);
            }
        }
        return b.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        server.close();
        Files.deleteIfExists(socket);
    }
}
