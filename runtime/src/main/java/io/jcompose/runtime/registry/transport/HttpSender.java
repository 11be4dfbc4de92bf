package io.jcompose.runtime.registry.transport;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;

/** The network, behind one method, so that the registry logic can be driven without sockets when useful. */
public interface HttpSender extends AutoCloseable {

    /** Sends a request; the response body is a stream the caller closes. Redirects are not followed. */
    HttpResponse<InputStream> send(HttpRequest request) throws IOException, InterruptedException;

    @Override
    void close();

    /** The JDK client: HTTP/1.1, TLS verified with the JVM's trust store, no automatic redirects. */
    static HttpSender jdk(Duration connectTimeout) {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout)
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
        return new HttpSender() {
            @Override
            public HttpResponse<InputStream> send(HttpRequest request) throws IOException, InterruptedException {
                return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            }

            @Override
            public void close() {
                client.close();
            }
        };
    }
}
