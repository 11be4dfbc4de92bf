package io.jcompose.runtime.registry;

import io.jcompose.runtime.image.store.MemoryBlobStore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.service.ImagePuller;
import io.jcompose.runtime.image.service.ImageUnpacker;
import io.jcompose.runtime.image.layer.LayerExtractor;
import io.jcompose.runtime.image.layer.Snapshots;
import io.jcompose.runtime.sys.Native;
import java.util.List;
import io.jcompose.runtime.image.ref.ImageReference;
import io.jcompose.runtime.image.store.ImageStore;
import io.jcompose.runtime.image.store.StoredImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code pull} end to end: the real docker-registry on 127.0.0.1 into the on-disk image store, named as docker does. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImagePullerIT {

    private LocalRegistry registry;
    private RegistryClient client;

    @TempDir
    Path state;

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
    void pullsIntoTheStoreUnderTagAndDigest() throws Exception {
        MemoryBlobStore source = new MemoryBlobStore();
        TestImages.Built image = TestImages.image(source, 31, 2, Clients.AMD64);
        client.push(registry.host(), "team/app", "1.0", image.manifestDigest(), source, null, ProgressListener.NONE);

        ImageStore images = ImageStore.open(state.resolve("images"));
        ImageReference ref = ImageReference.parse(registry.host() + "/team/app:1.0");
        Digest pulled = new ImagePuller(images, client).pull(ref, ProgressListener.NONE);

        assertThat(pulled).isEqualTo(image.manifestDigest());
        StoredImage byTag = images.resolve(registry.host() + "/team/app:1.0");
        StoredImage byDigest = images.resolve(registry.host() + "/team/app@" + pulled);
        assertThat(byDigest.id()).isEqualTo(byTag.id());
        assertThat(byTag.id()).isEqualTo(image.manifest().config().digestValue());
        for (var layer : image.manifest().layers()) {
            assertThat(images.blobs().has(layer.digestValue())).isTrue();
        }

        // Unpacked into snapshots: one directory a layer, holding that layer's file.
        Snapshots snapshots = new Snapshots(state, new LayerExtractor(Native.linux()));
        ImageUnpacker unpacker = new ImageUnpacker(images.blobs(), snapshots);
        unpacker.unpack(byTag);
        List<Path> lowers = unpacker.lowerDirs(byTag);
        assertThat(lowers).hasSize(2);
        assertThat(lowers.get(0).resolve("layer1/file.bin")).exists();
        assertThat(lowers.get(1).resolve("layer0/file.bin")).exists();
        assertThat(unpacker.unpack(byTag)).as("unpacking again reuses the snapshots").isNotNull();
        assertThat(snapshots.list()).hasSize(2);

        // Pulled again: nothing new is written, same answer.
        long blobs = images.blobs().list().size();
        assertThat(new ImagePuller(images, client).pull(ref, ProgressListener.NONE)).isEqualTo(pulled);
        assertThat(images.blobs().list()).hasSize((int) blobs);
    }
}
