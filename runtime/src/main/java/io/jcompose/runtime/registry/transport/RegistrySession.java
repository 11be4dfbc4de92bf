package io.jcompose.runtime.registry.transport;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * Sends requests to one registry for one repository's scopes: adds credentials, answers a 401 once, and retries
 * resets, 5xx and 429 (honouring {@code Retry-After}) with backoff. The caller judges the final status.
 */
public final class RegistrySession {

    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);

    private final RegistryEndpoint endpoint;
    private final List<String> scopes;
    private final HttpSender sender;
    private final Authenticator auth;
    private final RetryPolicy retry;

    public RegistrySession(RegistryEndpoint endpoint, List<String> scopes, HttpSender sender, Authenticator auth,
            RetryPolicy retry) {
        this.endpoint = endpoint;
        this.scopes = List.copyOf(scopes);
        this.sender = sender;
        this.auth = auth;
        this.retry = retry;
    }

    public RegistryEndpoint endpoint() {
        return endpoint;
    }

    public RetryPolicy retry() {
        return retry;
    }

    public HttpResponse<InputStream> send(Request request) throws IOException, InterruptedException {
        boolean answered = false;
        int attempt = 1;
        while (true) {
            Optional<String> authz = request.authorize() ? auth.authorization(endpoint, scopes) : Optional.empty();
            HttpResponse<InputStream> r;
            try {
                r = sender.send(build(request, authz));
            } catch (IOException e) {
                if (!isTransient(e) || attempt >= retry.maxAttempts()) {
                    throw new RegistryException("cannot reach " + endpoint.base() + ": " + describe(e), 0, null, e);
                }
                retry.pause(attempt++, null);
                continue;
            }
            int status = r.statusCode();
            if (status == 401 && request.authorize() && !answered) {
                discard(r);
                auth.challenged(endpoint, r.headers().allValues("WWW-Authenticate"), scopes);
                answered = true;
                continue;
            }
            if ((status == 429 || status >= 500) && attempt < retry.maxAttempts()) {
                discard(r);
                retry.pause(attempt++, r.headers().firstValue("Retry-After").orElse(null));
                continue;
            }
            return r;
        }
    }

    private static HttpRequest build(Request request, Optional<String> authorization) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(request.uri()).timeout(REQUEST_TIMEOUT);
        request.headers().forEach(b::header);
        authorization.ifPresent(a -> b.header("Authorization", a));
        HttpRequest.BodyPublisher body = request.body() == null
                ? HttpRequest.BodyPublishers.noBody() : request.body().publisher();
        return b.method(request.method(), body).build();
    }

    /** Reads away a body we do not use, so the connection can be reused. */
    public static void discard(HttpResponse<InputStream> r) {
        try (InputStream in = r.body()) {
            if (in != null) {
                in.skip(1 << 16);
            }
        } catch (IOException e) {
            // the connection is dropped instead
        }
    }

    /** Whether trying again may help: not for refused connections, unknown hosts or TLS failures. */
    public static boolean isTransient(IOException e) {
        return !(e instanceof ConnectException || e instanceof UnknownHostException || e instanceof SSLException
                || e instanceof HttpConnectTimeoutException || e instanceof RegistryException
                || e.getCause() instanceof UnresolvedAddressException);
    }

    /** A readable cause for a transport failure. */
    public static String describe(IOException e) {
        if (e instanceof HttpConnectTimeoutException) {
            return "connection timed out";
        }
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        if (e instanceof SSLException) {
            return "TLS failed: " + e.getMessage();
        }
        if (e instanceof UnknownHostException || e.getCause() instanceof UnresolvedAddressException) {
            return "unknown host";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
