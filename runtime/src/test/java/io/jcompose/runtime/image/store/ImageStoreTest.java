package io.jcompose.runtime.image.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.oci.Descriptor;
import io.jcompose.runtime.image.oci.Platform;
import io.jcompose.runtime.image.ref.ImageReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageStoreTest {

    private final MemoryBlobStore blobs = new MemoryBlobStore();
    private final ImageStore store = newStore();

    private ImageStore newStore() {
        try {
            return new ImageStore(blobs, NameStorage.inMemory(), Platform.host());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static ImageReference ref(String s) {
        return ImageReference.parse(s);
    }

    @Test
    void resolvesByNameIdAndIdPrefix() throws IOException {
        Descriptor redis = TestImages.image(blobs, "2026-01-01T00:00:00Z", "a", "b");
        store.tag(ref("redis:7"), redis);
        StoredImage image = store.resolve("redis:7");
        Digest id = image.id();
        assertThat(image.manifestDescriptor()).isEqualTo(redis);
        assertThat(store.resolve("docker.io/library/redis:7").id()).isEqualTo(id);
        assertThat(store.resolve(id.toString()).id()).isEqualTo(id);
        assertThat(store.resolve(id.hex()).id()).isEqualTo(id);
        assertThat(store.resolve(id.shortHex()).id()).isEqualTo(id);
        assertThat(store.resolve("sha256:" + id.hex().substring(0, 5)).id()).isEqualTo(id);
    }

    @Test
    void unknownImagesUseDockersWording() {
        assertThatThrownBy(() -> store.resolve("nope"))
                .isInstanceOf(ImageException.NotFound.class).hasMessage("No such image: nope:latest");
        assertThatThrownBy(() -> store.resolve("localhost:5000/x:1")).hasMessage("No such image: localhost:5000/x:1");
        String hex = "c".repeat(64);
        assertThatThrownBy(() -> store.resolve(hex)).hasMessage("No such image: sha256:" + hex);
        assertThatThrownBy(() -> store.resolve("Bad")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid reference format: repository name (library/Bad) must be lowercase");
    }

    @Test
    void digestReferencesResolveAndWithTagUseTheDigest() throws IOException {
        Descriptor m = TestImages.image(blobs, "2026-01-01T00:00:00Z", "a");
        store.tag(ref("redis:7"), m);
        store.tag(ref("redis").onlyDigest(m.digestValue()), m);
        assertThat(store.resolve("redis@" + m.digest()).manifestDescriptor()).isEqualTo(m);
        assertThat(store.resolve("redis:other@" + m.digest()).manifestDescriptor()).isEqualTo(m);
        assertThatThrownBy(() -> store.tag(ref("redis:1@" + m.digest()), m))
                .hasMessage("refusing to create a tag with a digest reference");
    }

    @Test
    void listsEachImageOnceWithFamiliarNames() throws IOException {
        Descriptor a = TestImages.image(blobs, "2026-01-01T00:00:00Z", "a", "shared");
        Descriptor b = TestImages.image(blobs, "2026-02-01T00:00:00Z", "b", "shared");
        store.tag(ref("redis:7"), a);
        store.tag(ref("localhost:5000/cache:7"), a);
        store.tag(ref("redis").onlyDigest(a.digestValue()), a);
        store.addDangling(b);
        List<ImageSummary> list = store.list();
        assertThat(list).hasSize(2);
        ImageSummary first = list.getFirst();
        assertThat(first.repoTags()).containsExactly("localhost:5000/cache:7", "redis:7");
        assertThat(first.repoDigests()).containsExactly("redis@" + a.digest());
        assertThat(first.created()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(first.size()).isEqualTo(blobs.size(TestImages.layer(blobs, "a"))
                + blobs.size(TestImages.layer(blobs, "shared")));
        assertThat(list.get(1).repoTags()).isEmpty();
        assertThat(list.get(1).created()).isEqualTo("2026-02-01T00:00:00Z");
    }

    @Test
    void movingATagLeavesTheOldImageDangling() throws IOException {
        Descriptor v1 = TestImages.image(blobs, "2026-01-01T00:00:00Z", "1");
        Descriptor v2 = TestImages.image(blobs, "2026-01-02T00:00:00Z", "2");
        store.tag(ref("app"), v1);
        store.tag(ref("app"), v2);
        assertThat(store.entries()).extracting(NameEntry::key)
                .containsExactlyInAnyOrder("docker.io/library/app:latest", v1.digest());
        store.tag(ref("app:old"), v1);
        assertThat(store.entries()).extracting(NameEntry::key)
                .containsExactlyInAnyOrder("docker.io/library/app:latest", "docker.io/library/app:old");
    }

    @Test
    void untagKeepsTheImageAsDangling() throws IOException {
        Descriptor m = TestImages.image(blobs, "2026-01-01T00:00:00Z", "1");
        store.tag(ref("app"), m);
        assertThat(store.untag(ref("app"))).isTrue();
        assertThat(store.untag(ref("app"))).isFalse();
        assertThat(store.list()).singleElement().extracting(ImageSummary::repoTags).asList().isEmpty();
    }

    @Test
    void dockerTagCopiesTheSourceTarget() throws IOException {
        Descriptor m = TestImages.image(blobs, "2026-01-01T00:00:00Z", "1");
        store.tag(ref("app:1"), m);
        Digest id = store.tag("app:1", ref("localhost:5000/app:1"));
        assertThat(store.resolve("localhost:5000/app:1").id()).isEqualTo(id);
        assertThatThrownBy(() -> store.tag("missing", ref("x"))).hasMessage("No such image: missing:latest");
    }

    @Test
    void indexTargetsResolveToTheStorePlatform() throws IOException {
        Platform other = new Platform("s390x", "linux", null);
        Descriptor host = TestImages.image(blobs, "2026-01-01T00:00:00Z", "host");
        Descriptor foreign = TestImages.image(blobs, "2026-01-01T00:00:00Z", other, "foreign");
        Descriptor index = TestImages.index(blobs, foreign, host);
        store.tag(ref("multi"), index);
        StoredImage image = store.resolve("multi");
        assertThat(image.target()).isEqualTo(index);
        assertThat(image.manifestDescriptor().digest()).isEqualTo(host.digest());

        Descriptor onlyForeign = TestImages.index(blobs, foreign);
        assertThatThrownBy(() -> store.tag(ref("foreign"), onlyForeign))
                .hasMessage("image index " + onlyForeign.digest() + " has no manifest for " + Platform.host()
                        + " in the store");
    }

    @Test
    void taggingAMissingManifestFails() {
        Descriptor absent = Descriptor.of("application/vnd.oci.image.manifest.v1+json", Digest.sha256(new byte[1]), 1);
        assertThatThrownBy(() -> store.tag(ref("x"), absent))
                .hasMessage("image " + absent.digest() + " is not in the store");
    }

    @Test
    void namesPersistAsAnOciIndexJson(@TempDir Path root) throws IOException {
        ImageStore disk = ImageStore.open(root);
        Descriptor m = TestImages.image(disk.blobs(), "2026-01-01T00:00:00Z", "1");
        Descriptor dangling = TestImages.image(disk.blobs(), "2026-01-01T00:00:00Z", "2");
        disk.tag(ref("app:1"), m);
        disk.addDangling(dangling);
        String json = Files.readString(root.resolve("index.json"));
        assertThat(json).contains("\"io.containerd.image.name\":\"docker.io/library/app:1\"",
                "\"org.opencontainers.image.ref.name\":\"1\"", "\"schemaVersion\":2");
        ImageStore reopened = ImageStore.open(root);
        assertThat(reopened.entries()).isEqualTo(disk.entries());
        assertThat(reopened.resolve("app:1").id()).isEqualTo(disk.resolve("app:1").id());
        try (Stream<Path> files = Files.list(root)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("blobs", "ingest", "oci-layout", "index.json");
        }
    }

    @Test
    void aCorruptIndexFileIsReportedWithItsPath(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("index.json"), "{\"manifests\": [ {");
        assertThatThrownBy(() -> ImageStore.open(root)).isInstanceOf(IOException.class)
                .hasMessageStartingWith("invalid image index " + root.resolve("index.json") + ": ");
    }
}
