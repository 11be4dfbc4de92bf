package io.jcompose.runtime.api;

import java.io.InputStream;
import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.HttpStream;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Docker's connection hijack on Jetty: a request with {@code Connection: Upgrade} and {@code Upgrade: tcp} gets
 * {@code 101 UPGRADED} and its connection is handed to a {@link HijackedConnection}; one without gets the same bytes
 * as a plain streamed {@code 200}, as docker's daemon does for old clients.
 */
final class Hijack {

    private Hijack() {
    }

    /** Whether the client asked to take the connection over. */
    static boolean requested(Request request) {
        String upgrade = request.getHeaders().get(HttpHeader.UPGRADE);
        return upgrade != null && upgrade.strip().equalsIgnoreCase("tcp")
                && request.getHeaders().getCSV(HttpHeader.CONNECTION, false).stream()
                        .anyMatch(v -> v.toLowerCase(Locale.ROOT).equals("upgrade"));
    }

    /**
     * Sends the 101 and arranges for Jetty to switch the endpoint to the raw stream once it is written; the
     * response's other headers are already set.
     */
    static void upgrade(Request request, Response response, Callback callback, ApiResponse answer) {
        response.setStatus(101);
        response.getHeaders().put(HttpHeader.CONNECTION, "Upgrade");
        response.getHeaders().put(HttpHeader.UPGRADE, "tcp");
        EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
        String name = request.getMethod() + " " + Request.getPathInContext(request);
        HijackedConnection connection = new HijackedConnection(endPoint,
                request.getConnectionMetaData().getConnector().getExecutor(), answer.rawStream(), name);
        request.setAttribute(HttpStream.UPGRADE_CONNECTION_ATTRIBUTE, connection);
        response.write(true, null, callback);
    }

    /** The same exchange for a client that did not ask to upgrade: input is the request body, output a 200 body. */
    static ApiResponse asStream(ApiResponse answer, Request request) {
        InputStream body = Content.Source.asInputStream(request);
        return new ApiResponse(200, answer.contentType(), answer.headers(), new byte[0],
                out -> answer.rawStream().run(body, out));
    }
}
