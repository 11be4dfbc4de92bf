package io.jcompose.engine.api.transport;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a UNIX socket with streamed bodies both ways: an image archive is sent chunked from a stream and
 * a progress or archive response is read as it arrives, so neither is held in memory. {@link UnixSocketHttp} stays
 * the simple whole-body client.
 */
public final class StreamingUnixSocketHttp {

    private static final int CHUNK = 64 * 1024;

    private final Path socket;

    public StreamingUnixSocketHttp(Path socket) {
        this.socket = socket;
    }

    public Path socket() {
        return socket;
    }

    /**
     * Sends one request whose body, if {@code body} is not null, is sent chunked from the stream; the caller
     * reads and closes the response.
     */
    public StreamingResponse open(String method, String target, Map<String, String> headers, InputStream body)
            throws IOException {
        return send(method, target, headers, body == null ? null : body::transferTo);
    }

    /**
     * Sends one request whose body, if {@code body} is not null, is written chunked as it is produced; the caller
     * reads and closes the response. An engine that answers before reading the whole body (a refusal) and closes
     * the connection still has its answer returned.
     */
    public StreamingResponse send(String method, String target, Map<String, String> headers, BodyWriter body)
            throws IOException {
        SocketChannel channel = UnixConnect.open(socket);
        try {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), CHUNK + 16);
            StringBuilder head = head(method, target, "close", headers);
            head.append(body == null ? "Content-Length: 0\r\n" : "Transfer-Encoding: chunked\r\n").append("\r\n");
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                ChunkedOutputStream chunked = new ChunkedOutputStream(out);
                try {
                    body.writeTo(chunked);
                    chunked.finish();
                } catch (IOException e) {
                    if (!chunked.connectionFailed()) {
                        throw e;
                    }
                    return earlyAnswer(channel, e);
                }
            }
            out.flush();
            return read(channel, method.equals("HEAD"));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** The response an engine sent before it stopped reading the body, or the write's failure if there is none. */
    private static StreamingResponse earlyAnswer(SocketChannel channel, IOException writeFailure)
            throws IOException {
        try {
            return read(channel, false);
        } catch (IOException | RuntimeException none) {
            writeFailure.addSuppressed(none);
            throw writeFailure;
        }
    }

    /**
     * Sends one request asking to take the connection over as docker's attach and exec start do
     * ({@code Connection: Upgrade}, {@code Upgrade: tcp}) with a small whole body (may be empty). On
     * {@code 101} the response's body is the raw stream from the engine and {@link StreamingResponse#output()}
     * the raw stream to it; a server that does not upgrade answers a plain streamed body, read the same way.
     */
    public StreamingResponse hijack(String method, String target, Map<String, String> headers, byte[] body)
            throws IOException {
        SocketChannel channel = UnixConnect.open(socket);
        try {
            StringBuilder head = head(method, target, "Upgrade", headers);
            head.append("Upgrade: tcp\r\nContent-Length: ").append(body.length).append("\r\n\r\n");
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return read(channel, false);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static StringBuilder head(String method, String target, String connection, Map<String, String> headers) {
        StringBuilder head = new StringBuilder();
        head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        head.append("Host: docker\r\nConnection: ").append(connection).append("\r\nUser-Agent: jcompose\r\n");
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        return head;
    }

    private static StreamingResponse read(SocketChannel channel, boolean head) throws IOException {
        InputStream in = new BufferedInputStream(Channels.newInputStream(channel));
        String statusLine = line(in);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP response: \"" + statusLine + "\"");
        }
        int status = Integer.parseInt(parts[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String l = line(in); !l.isEmpty(); l = line(in)) {
            int colon = l.indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(l.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(l.substring(colon + 1).trim());
            }
        }
        InputStream body;
        if (status == 101) {
            body = in; // the raw stream, including whatever the engine sent right behind its headers
        } else if (head || status == 204 || status == 304) {
            body = InputStream.nullInputStream();
        } else if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
            body = new ChunkedInputStream(in);
        } else if (headers.containsKey("content-length")) {
            body = new BoundedInputStream(in, Long.parseLong(headers.get("content-length").getFirst()));
        } else {
            body = in;
        }
        return new StreamingResponse(status, headers, body, channel);
    }

    /** One header or chunk-size line without its CRLF. */
    static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (c != '\r') {
                b.write(c);
            }
        }
        if (c == -1 && b.size() == 0) {
            throw new IOException("connection closed before the response was complete");
        }
        return b.toString(StandardCharsets.ISO_8859_1);
    }
}
