package io.jcompose.runtime.registry;

import io.jcompose.runtime.image.store.MemoryBlobStore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.runtime.image.Digest;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Transient failures are retried with backoff (delays recorded, not slept); others fail at once. */
class RetryTest {

    private FakeRegistry registry;
    private final Clients clients = new Clients();
    private RegistryClient client;
    private final MemoryBlobStore source = new MemoryBlobStore();
    private final MemoryBlobStore store = new MemoryBlobStore();
    private TestImages.Built image;
    private Digest layer;

    @BeforeEach
    void start() throws Exception {
        registry = new FakeRegistry();
        client = clients.client();
        image = TestImages.image(source, 1, 2, Clients.AMD64);
        registry.publish("app", "1", image);
        layer = image.manifest().layers().getFirst().digestValue();
    }

    @AfterEach
    void stop() {
        client.close();
        registry.close();
    }

    private void failFirst(int times, String pathEnd, FakeRegistry.Interceptor failure) {
        AtomicInteger left = new AtomicInteger(times);
        registry.interceptors.add(ex -> ex.getRequestURI().getPath().endsWith(pathEnd)
                && left.getAndDecrement() > 0 && failure.handle(ex));
    }

    @Test
    void serverErrorsAreRetriedWithGrowingDelays() throws Exception {
        failFirst(2, layer.toString(), ex -> {
            FakeRegistry.send(ex, 503, null, null, Map.of());
            return true;
        });

        client.pull(registry.host(), "app", "1", store, e -> { });

        assertThat(store.has(layer)).isTrue();
        assertThat(clients.sleeps).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    @Test
    void tooManyRequestsWaitsForRetryAfter() throws Exception {
        failFirst(1, "/manifests/1", ex -> {
            FakeRegistry.send(ex, 429, null, null, Map.of("Retry-After", "7"));
            return true;
        });

        client.pull(registry.host(), "app", "1", store, e -> { });

        assertThat(clients.sleeps).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void aConnectionDroppedMidBlobStartsTheBlobAgain() throws Exception {
        byte[] content = image.layers().getFirst();
        failFirst(1, layer.toString(), ex -> {
            ex.sendResponseHeaders(200, content.length);
            OutputStream out = ex.getResponseBody();
            out.write(content, 0, content.length / 2);
            out.flush();
            throw new java.io.IOException("simulated reset");
        });

        client.pull(registry.host(), "app", "1", store, e -> { });

        assertThat(store.list()).isEqualTo(source.list());
        assertThat(store.openWriters()).isZero();
        assertThat(clients.sleeps).hasSize(1);
        assertThat(registry.count("GET /v2/app/blobs/" + layer)).isEqualTo(2);
    }

    @Test
    void persistentServerErrorsGiveUpAfterTheLastAttempt() {
        failFirst(100, layer.toString(), ex -> {
            FakeRegistry.error(ex, 503, "UNAVAILABLE", "service unavailable");
            return true;
        });

        assertThatThrownBy(() -> client.pull(registry.host(), "app", "1", store, e -> { }))
                .hasMessage("pull " + registry.host() + "/app:1: layer " + layer
                        + ": unavailable: service unavailable");
        assertThat(clients.sleeps).hasSize(4);
        assertThat(store.has(image.manifestDigest())).isFalse();
    }

    @Test
    void aRefusedConnectionIsNotRetried() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }

        assertThatThrownBy(() -> client.pull("127.0.0.1:" + port, "app", "1", store, e -> { }))
                .hasMessage("pull 127.0.0.1:" + port + "/app:1: cannot reach http://127.0.0.1:" + port
                        + ": connection refused");
        assertThat(clients.sleeps).isEmpty();
    }
}
