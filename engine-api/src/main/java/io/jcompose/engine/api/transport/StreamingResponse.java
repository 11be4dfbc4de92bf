package io.jcompose.engine.api.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An engine response whose body is read as it arrives (pull progress, image archives, attach streams); closing it
 * closes the connection.
 */
public final class StreamingResponse implements AutoCloseable {

    private final int status;
    private final Map<String, List<String>> headers;
    private final InputStream body;
    private final SocketChannel channel;

    StreamingResponse(int status, Map<String, List<String>> headers, InputStream body, SocketChannel channel) {
        this.status = status;
        this.headers = Map.copyOf(headers);
        this.body = body;
        this.channel = channel;
    }

    public int status() {
        return status;
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** Every header, names lower-cased. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    /** The de-chunked body; ends where the response ends. */
    public InputStream body() {
        return body;
    }

    /** Whether the engine took the connection over ({@code 101}): then the body and {@link #output()} are raw. */
    public boolean upgraded() {
        return status == 101;
    }

    /**
     * The raw stream to the engine after an upgrade (unbuffered: each write goes out at once); without one the
     * request was complete when sent, so this discards what is written.
     */
    public OutputStream output() {
        return upgraded() ? Channels.newOutputStream(channel) : OutputStream.nullOutputStream();
    }

    /**
     * Half-closes an upgraded connection: the engine reads the end of its input (docker's CLI does this when its
     * stdin ends) and can still answer. Does nothing without an upgrade or once the connection is closed.
     */
    public void closeWrite() throws IOException {
        if (upgraded() && channel.isOpen()) {
            channel.shutdownOutput();
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
