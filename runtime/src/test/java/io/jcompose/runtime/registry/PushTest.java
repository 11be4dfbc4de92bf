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

class PushTest {

    private FakeRegistry registry;
    private final Clients clients = new Clients();
    private RegistryClient client;
    private final MemoryBlobStore source = new MemoryBlobStore();
    private final List<ProgressEvent> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        registry = new FakeRegistry();
        client = clients.client();
    }

    @AfterEach
    void stop() {
        client.close();
        registry.close();
    }

    @Test
    void pushesBlobsThenTheManifestAndPullsBackTheSame() throws Exception {
        TestImages.Built image = TestImages.image(source, 1, 2, Clients.AMD64);

        PushResult r = client.push(registry.host(), "team/app", "1", image.manifestDigest(), source, null,
                events::add);

        assertThat(r.digest()).isEqualTo(image.manifestDigest());
        assertThat(r.mediaType()).isEqualTo(MediaTypes.OCI_MANIFEST);
        assertThat(registry.manifests.get("team/app:1").mediaType()).isEqualTo(MediaTypes.OCI_MANIFEST);
        assertThat(registry.count("PUT /v2/team/app/blobs/uploads/")).isEqualTo(3);
        assertThat(events).contains(new ProgressEvent.Done(image.manifest().config().digestValue()));
        MemoryBlobStore back = new MemoryBlobStore();
        PullResult pulled = client.pull(registry.host(), "team/app", "1", back, e -> { });
        assertThat(pulled.manifestDigest()).isEqualTo(image.manifestDigest());
        assertThat(back.list()).isEqualTo(source.list());
    }

    @Test
    void blobsTheRegistryHasAreNotSentAgain() throws Exception {
        TestImages.Built image = TestImages.image(source, 2, 2, Clients.AMD64);
        client.push(registry.host(), "app", "1", image.manifestDigest(), source, null, e -> { });
        registry.log.clear();

        client.push(registry.host(), "app", "2", image.manifestDigest(), source, null, events::add);

        assertThat(registry.count("POST")).isZero();
        assertThat(registry.count("HEAD")).isEqualTo(3);
        assertThat(events).filteredOn(e -> e instanceof ProgressEvent.AlreadyExists).hasSize(3);
        assertThat(registry.manifests).containsKey("app:2");
    }

    @Test
    void blobsAreMountedFromTheSourceRepository() throws Exception {
        TestImages.Built image = TestImages.image(source, 3, 1, Clients.AMD64);
        client.push(registry.host(), "base", "1", image.manifestDigest(), source, null, e -> { });
        registry.log.clear();

        client.push(registry.host(), "derived", "1", image.manifestDigest(), source, "base", events::add);

        Digest layer = image.manifest().layers().getFirst().digestValue();
        assertThat(registry.log).contains("POST /v2/derived/blobs/uploads/?mount=" + layer.toString()
                .replace(":", "%3A") + "&from=base");
        assertThat(registry.count("PUT /v2/derived/blobs")).isZero();
        assertThat(events).contains(new ProgressEvent.Mounted(layer, "base"));
        assertThat(registry.repoBlobs.get("derived")).contains(layer);
    }

    @Test
    void largeBlobsGoInChunks() throws Exception {
        TestImages.Built image = TestImages.image(source, 4, 1, Clients.AMD64);
        long size = image.layers().getFirst().length;
        try (RegistryClient chunked = new RegistryClient(clients.options(h -> java.util.Optional.empty())
                .withUploadChunkSize(1000), io.jcompose.runtime.registry.transport.HttpSender.jdk(
                        java.time.Duration.ofSeconds(5)))) {
            chunked.push(registry.host(), "app", "1", image.manifestDigest(), source, null, events::add);
        }
        assertThat(registry.count("PATCH")).isEqualTo((size + 999) / 1000);
        Digest layer = image.manifest().layers().getFirst().digestValue();
        assertThat(registry.blobs.get(layer)).isEqualTo(image.layers().getFirst());
        assertThat(events).contains(new ProgressEvent.Uploading(layer, size, size));
    }

    @Test
    void anIndexIsPushedWithItsManifests() throws Exception {
        Platform arm = new Platform("arm64", "linux", "v8");
        Map<Platform, TestImages.Built> images = new LinkedHashMap<>();
        images.put(arm, TestImages.image(source, 5, 1, arm));
        images.put(Clients.AMD64, TestImages.image(source, 6, 1, Clients.AMD64));
        Digest index = TestImages.index(source, images);

        PushResult r = client.push(registry.host(), "multi", "1", index, source, null, e -> { });

        assertThat(r.mediaType()).isEqualTo(MediaTypes.OCI_INDEX);
        assertThat(registry.manifests).containsKeys("multi:1", "multi@" + images.get(arm).manifestDigest());
        PullResult pulled = client.pull(registry.host(), "multi", "1", new MemoryBlobStore(), e -> { });
        assertThat(pulled.indexDigest()).contains(index);
        assertThat(pulled.manifestDigest()).isEqualTo(images.get(Clients.AMD64).manifestDigest());
    }

    @Test
    void aManifestMissingFromTheStoreIsNamed() {
        Digest absent = Digest.sha256(TestImages.utf8("nothing"));
        assertThatThrownBy(() -> client.push(registry.host(), "app", "1", absent, source, null, e -> { }))
                .hasMessage("push " + registry.host() + "/app:1: manifest " + absent + " is not in the local store");
    }

    @Test
    void aRegistryThatStoresOtherContentIsCaught() throws Exception {
        TestImages.Built image = TestImages.image(source, 7, 1, Clients.AMD64);
        String wrong = "sha256:" + "1".repeat(64);
        registry.interceptors.add(ex -> {
            if (ex.getRequestMethod().equals("PUT") && ex.getRequestURI().getPath().endsWith("/manifests/1")) {
                FakeRegistry.send(ex, 201, null, null, Map.of("Docker-Content-Digest", wrong));
                return true;
            }
            return false;
        });

        assertThatThrownBy(() -> client.push(registry.host(), "app", "1", image.manifestDigest(), source, null,
                e -> { })).hasMessage("push " + registry.host() + "/app:1: digest mismatch for manifest "
                        + image.manifestDigest() + ": the registry stored " + wrong);
    }
}
