package io.jcompose.engine.api.transport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Whole-body requests to the engine over its UNIX socket (pings, small JSON calls): the streaming transport with
 * the response read to the end. The JDK's HttpClient cannot speak to UNIX sockets, and a full client library would
 * cost CLI start-up time.
 */
public final class UnixSocketHttp {

    private final StreamingUnixSocketHttp transport;

    public UnixSocketHttp(Path socket) {
        this.transport = new StreamingUnixSocketHttp(socket);
    }

    public Path socket() {
        return transport.socket();
    }

    /** Sends one request; {@code body} may be null. Throws IOException when nothing answers on the socket. */
    public HttpResponse send(String method, String target, Map<String, String> headers, byte[] body)
            throws IOException {
        try (StreamingResponse response = transport.open(method, target, headers,
                body == null ? null : new ByteArrayInputStream(body))) {
            return new HttpResponse(response.status(), response.headers(), response.body().readAllBytes());
        }
    }
}
