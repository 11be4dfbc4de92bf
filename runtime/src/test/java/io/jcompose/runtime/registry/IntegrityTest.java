package io.jcompose.runtime.registry;

import io.jcompose.runtime.image.store.MemoryBlobStore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.oci.MediaTypes;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A registry that lies about content is caught, and nothing it sent stays in the store. */
class IntegrityTest {

    private FakeRegistry registry;
    private RegistryClient client;
    private final MemoryBlobStore source = new MemoryBlobStore();
    private final MemoryBlobStore store = new MemoryBlobStore();

    @BeforeEach
    void start() throws Exception {
        registry = new FakeRegistry();
        client = new Clients().client();
    }

    @AfterEach
    void stop() {
        client.close();
        registry.close();
    }

    @Test
    void aLayerWithOtherContentIsADigestMismatch() throws Exception {
        TestImages.Built image = TestImages.image(source, 1, 1, Clients.AMD64);
        registry.publish("app", "1", image);
        Digest layer = image.manifest().layers().getFirst().digestValue();
        byte[] forged = image.layers().getFirst().clone();
        forged[forged.length / 2] ^= 1;
        registry.interceptors.add(ex -> {
            if (ex.getRequestURI().getPath().endsWith(layer.toString())) {
                FakeRegistry.send(ex, 200, "application/octet-stream", forged, Map.of());
                return true;
            }
            return false;
        });

        assertThatThrownBy(() -> client.pull(registry.host(), "app", "1", store, e -> { }))
                .hasMessage("pull " + registry.host() + "/app:1: digest mismatch for layer " + layer
                        + ": the registry sent different content");
        assertThat(store.has(layer)).isFalse();
        assertThat(store.has(image.manifestDigest())).isFalse();
        assertThat(store.openWriters()).isZero();
    }

    @Test
    void aLayerOfAnotherSizeIsASizeMismatch() throws Exception {
        TestImages.Built image = TestImages.image(source, 2, 1, Clients.AMD64);
        registry.publish("app", "1", image);
        Digest layer = image.manifest().layers().getFirst().digestValue();
        registry.interceptors.add(ex -> {
            if (ex.getRequestURI().getPath().endsWith(layer.toString())) {
                FakeRegistry.send(ex, 200, "application/octet-stream", TestImages.utf8("short"), Map.of());
                return true;
            }
            return false;
        });

        assertThatThrownBy(() -> client.pull(registry.host(), "app", "1", store, e -> { }))
                .hasMessage("pull " + registry.host() + "/app:1: size mismatch for layer " + layer + ": expected "
                        + image.layers().getFirst().length + " bytes, the registry sent 5");
    }

    @Test
    void aManifestThatIsNotTheDigestAskedForIsRefused() throws Exception {
        TestImages.Built image = TestImages.image(source, 3, 1, Clients.AMD64);
        TestImages.Built other = TestImages.image(source, 4, 1, Clients.AMD64);
        registry.publish("app", "1", image);
        registry.manifests.put("app@" + image.manifestDigest(),
                new FakeRegistry.Stored(MediaTypes.OCI_MANIFEST, other.manifestBytes()));

        assertThatThrownBy(() -> client.pull(registry.host(), "app", image.manifestDigest().toString(), store,
                e -> { })).hasMessage("pull " + registry.host() + "/app@" + image.manifestDigest()
                        + ": digest mismatch for manifest " + image.manifestDigest() + ": the content is "
                        + other.manifestDigest());
    }

    @Test
    void aDockerContentDigestHeaderThatDisagreesIsRefused() throws Exception {
        TestImages.Built image = TestImages.image(source, 5, 1, Clients.AMD64);
        registry.publish("app", "1", image);
        String wrong = "sha256:" + "0".repeat(64);
        registry.interceptors.add(ex -> {
            if (ex.getRequestURI().getPath().endsWith("/manifests/1")) {
                FakeRegistry.send(ex, 200, MediaTypes.OCI_MANIFEST, image.manifestBytes(),
                        Map.of("Docker-Content-Digest", wrong));
                return true;
            }
            return false;
        });

        assertThatThrownBy(() -> client.pull(registry.host(), "app", "1", store, e -> { }))
                .hasMessage("pull " + registry.host() + "/app:1: digest mismatch for manifest 1: the registry says "
                        + wrong + ", the content is " + image.manifestDigest());
    }

    @Test
    void anUnsupportedManifestTypeIsNamed() throws Exception {
        registry.putManifest("old", "1", "application/vnd.docker.distribution.manifest.v1+prettyjws",
                TestImages.utf8("{\"schemaVersion\":1}"));

        assertThatThrownBy(() -> client.pull(registry.host(), "old", "1", store, e -> { }))
                .hasMessage("pull " + registry.host() + "/old:1: unsupported manifest media type "
                        + "\"application/vnd.docker.distribution.manifest.v1+prettyjws\"");
    }
}
