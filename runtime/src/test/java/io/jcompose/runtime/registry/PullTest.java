package io.jcompose.runtime.registry;

import io.jcompose.runtime.image.store.MemoryBlobStore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.oci.MediaTypes;
import io.jcompose.runtime.image.oci.Platform;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PullTest {

    private FakeRegistry registry;
    private RegistryClient client;
    private final MemoryBlobStore source = new MemoryBlobStore();
    private final MemoryBlobStore store = new MemoryBlobStore();
    private final List<ProgressEvent> events = new CopyOnWriteArrayList<>();

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
    void pullsManifestConfigAndLayersWithProgress() throws Exception {
        TestImages.Built image = TestImages.image(source, 1, 2, Clients.AMD64);
        registry.publish("team/app", "1", image);

        PullResult r = client.pull(registry.host(), "team/app", "1", store, events::add);

        assertThat(r.manifestDigest()).isEqualTo(image.manifestDigest());
        assertThat(r.manifestMediaType()).isEqualTo(MediaTypes.OCI_MANIFEST);
        assertThat(r.indexDigest()).isEmpty();
        assertThat(r.config().config().cmd()).containsExactly("/bin/sh", "-c", "echo 1");
        assertThat(store.list()).isEqualTo(source.list());
        assertThat(store.openWriters()).isZero();
        Digest layer = image.manifest().layers().getFirst().digestValue();
        assertThat(events.stream().filter(e -> e.digest().equals(layer)).map(e -> e.getClass().getSimpleName())
                .distinct()).containsExactly("Waiting", "Downloading", "Verifying", "Done");
        assertThat(events).contains(new ProgressEvent.Downloading(layer, image.manifest().layers().getFirst().size(),
                image.manifest().layers().getFirst().size()));
    }

    @Test
    void skipsBlobsAlreadyInTheStore() throws Exception {
        TestImages.Built image = TestImages.image(source, 2, 2, Clients.AMD64);
        registry.publish("app", "latest", image);
        Digest layer = store.write(image.layers().getFirst());

        client.pull(registry.host(), "app", "latest", store, events::add);

        assertThat(events).contains(new ProgressEvent.AlreadyExists(layer));
        assertThat(registry.count("GET /v2/app/blobs/" + layer)).isZero();
        assertThat(store.list()).isEqualTo(source.list());
    }

    @Test
    void pullsByDigest() throws Exception {
        TestImages.Built image = TestImages.image(source, 3, 1, Clients.AMD64);
        registry.publish("app", "v", image);

        PullResult r = client.pull(registry.host(), "app", image.manifestDigest().toString(), store, events::add);

        assertThat(r.manifestDigest()).isEqualTo(image.manifestDigest());
    }

    @Test
    void choosesTheHostPlatformFromAnIndex() throws Exception {
        Platform arm = new Platform("arm64", "linux", "v8");
        Map<Platform, TestImages.Built> images = new LinkedHashMap<>();
        images.put(arm, TestImages.image(source, 4, 1, arm));
        images.put(Clients.AMD64, TestImages.image(source, 5, 1, Clients.AMD64));
        images.values().forEach(i -> registry.publish("multi", null, i));
        Digest index = TestImages.index(source, images);
        registry.putManifest("multi", "1", MediaTypes.OCI_INDEX, source.read(index));

        PullResult r = client.pull(registry.host(), "multi", "1", store, events::add);

        assertThat(r.manifestDigest()).isEqualTo(images.get(Clients.AMD64).manifestDigest());
        assertThat(r.indexDigest()).contains(index);
        assertThat(r.config().architecture()).isEqualTo("amd64");
        assertThat(store.has(index)).isTrue();
        assertThat(store.has(images.get(arm).manifestDigest())).isFalse();
    }

    @Test
    void anIndexWithoutTheHostPlatformIsRefused() throws Exception {
        Platform arm = new Platform("arm64", "linux", "v8");
        TestImages.Built image = TestImages.image(source, 6, 1, arm);
        registry.publish("multi", null, image);
        registry.putManifest("multi", "arm", MediaTypes.OCI_INDEX,
                source.read(TestImages.index(source, Map.of(arm, image))));

        assertThatThrownBy(() -> client.pull(registry.host(), "multi", "arm", store, events::add))
                .hasMessage("pull " + registry.host() + "/multi:arm: no matching manifest for linux/amd64 in the "
                        + "manifest list entries (available: linux/arm64/v8)");
    }

    @Test
    void anUnknownManifestIsNamed() {
        assertThatThrownBy(() -> client.pull(registry.host(), "nope", "1", store, events::add))
                .hasMessage("pull " + registry.host() + "/nope:1: manifest unknown");
    }

    @Test
    void aMissingBlobIsNamed() throws Exception {
        TestImages.Built image = TestImages.image(source, 7, 1, Clients.AMD64);
        registry.putBlob("app", image.config());
        registry.putManifest("app", "1", MediaTypes.OCI_MANIFEST, image.manifestBytes());
        Digest layer = image.manifest().layers().getFirst().digestValue();

        assertThatThrownBy(() -> client.pull(registry.host(), "app", "1", store, events::add))
                .hasMessage("pull " + registry.host() + "/app:1: layer " + layer
                        + ": blob unknown: blob unknown to registry");
        assertThat(store.has(image.manifestDigest())).isFalse();
    }

    @Test
    void anInvalidReferenceIsRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> client.pull(registry.host(), "Upper/Case", "1", store, events::add))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid repository name \"Upper/Case\"");
        assertThat(registry.log).isEmpty();
    }
}
