package io.jcompose.runtime.registry;

import io.jcompose.runtime.image.store.MemoryBlobStore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.oci.Platform;
import io.jcompose.runtime.registry.auth.CredentialSource;
import io.jcompose.runtime.registry.transport.HttpSender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Push and pull against Debian's real docker-registry on 127.0.0.1, checked with skopeo where installed. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryIT {

    private static final Path SKOPEO = Path.of("/usr/bin/skopeo");

    private LocalRegistry registry;
    private RegistryClient client;

    @BeforeAll
    void start() throws Exception {
        assumeTrue(Files.isExecutable(LocalRegistry.BINARY),
                "docker-registry is not installed (Debian package docker-registry)");
        registry = LocalRegistry.start(null, null);
        client = new Clients().client();
    }

    @AfterAll
    void stop() throws Exception {
        if (client != null) {
            client.close();
        }
        if (registry != null) {
            registry.close();
        }
    }

    @Test
    void pushThenPullGivesIdenticalDigests() throws Exception {
        MemoryBlobStore source = new MemoryBlobStore();
        TestImages.Built image = TestImages.image(source, 11, 3, Clients.AMD64);

        PushResult pushed = client.push(registry.host(), "jcompose/app", "1", image.manifestDigest(), source, null,
                ProgressListener.NONE);
        MemoryBlobStore back = new MemoryBlobStore();
        List<ProgressEvent> events = new CopyOnWriteArrayList<>();
        PullResult pulled = client.pull(registry.host(), "jcompose/app", "1", back, events::add);

        assertThat(pushed.digest()).isEqualTo(image.manifestDigest());
        assertThat(pulled.manifestDigest()).isEqualTo(image.manifestDigest());
        assertThat(pulled.configDigest()).isEqualTo(image.manifest().config().digestValue());
        assertThat(back.list()).isEqualTo(source.list());
        assertThat(events).filteredOn(e -> e instanceof ProgressEvent.Done).hasSize(4);
    }

    @Test
    void chunkedUploadsMountsAndIndexes() throws Exception {
        MemoryBlobStore source = new MemoryBlobStore();
        Platform arm = new Platform("arm64", "linux", "v8");
        Map<Platform, TestImages.Built> images = new LinkedHashMap<>();
        images.put(arm, TestImages.image(source, 21, 2, arm));
        images.put(Clients.AMD64, TestImages.image(source, 22, 2, Clients.AMD64));
        Digest index = TestImages.index(source, images);
        try (RegistryClient chunked = new RegistryClient(new Clients().options(CredentialSource.NONE)
                .withUploadChunkSize(1024), HttpSender.jdk(Duration.ofSeconds(5)))) {
            chunked.push(registry.host(), "jcompose/multi", "1", index, source, null, ProgressListener.NONE);
        }
        List<ProgressEvent> events = new CopyOnWriteArrayList<>();
        client.push(registry.host(), "jcompose/copy", "1", index, source, "jcompose/multi", events::add);

        assertThat(events).filteredOn(e -> e instanceof ProgressEvent.Mounted).hasSize(6);
        PullResult pulled = client.pull(registry.host(), "jcompose/copy", "1", new MemoryBlobStore(),
                ProgressListener.NONE);
        assertThat(pulled.indexDigest()).contains(index);
        assertThat(pulled.manifestDigest()).isEqualTo(images.get(Clients.AMD64).manifestDigest());
    }

    @Test
    void anUnknownTagIsManifestUnknown() {
        assertThatThrownBy(() -> client.pull(registry.host(), "nope", "1", new MemoryBlobStore(),
                ProgressListener.NONE)).hasMessage("pull " + registry.host() + "/nope:1: manifest unknown");
    }

    @Test
    void skopeoSeesWhatWePushedAndWePullWhatSkopeoCopied() throws Exception {
        assumeTrue(Files.isExecutable(SKOPEO), "skopeo is not installed (Debian package skopeo)");
        MemoryBlobStore source = new MemoryBlobStore();
        TestImages.Built image = TestImages.image(source, 31, 2, Clients.AMD64);
        client.push(registry.host(), "jcompose/inspected", "v1", image.manifestDigest(), source, null,
                ProgressListener.NONE);

        String inspect = LocalRegistry.run(SKOPEO.toString(), "inspect", "--tls-verify=false",
                "docker://" + registry.host() + "/jcompose/inspected:v1");
        assertThat(inspect).contains("\"Digest\": \"" + image.manifestDigest() + "\"")
                .contains("\"Architecture\": \"amd64\"");

        LocalRegistry.run(SKOPEO.toString(), "copy", "--src-tls-verify=false", "--dest-tls-verify=false",
                "docker://" + registry.host() + "/jcompose/inspected:v1",
                "docker://" + registry.host() + "/jcompose/copied:v1");
        MemoryBlobStore back = new MemoryBlobStore();
        PullResult pulled = client.pull(registry.host(), "jcompose/copied", "v1", back, ProgressListener.NONE);
        assertThat(pulled.configDigest()).isEqualTo(image.manifest().config().digestValue());
        assertThat(back.list()).containsAll(source.list().stream()
                .filter(d -> !d.equals(image.manifestDigest())).toList());
    }
}
