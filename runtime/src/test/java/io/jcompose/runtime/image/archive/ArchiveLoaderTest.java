package io.jcompose.runtime.image.archive;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.oci.MediaTypes;
import io.jcompose.runtime.image.oci.Platform;
import io.jcompose.runtime.image.store.ImageStore;
import io.jcompose.runtime.image.store.MemoryBlobStore;
import io.jcompose.runtime.image.store.NameStorage;
import io.jcompose.runtime.image.store.StoredImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ArchiveLoaderTest {

    private final MemoryBlobStore blobs = new MemoryBlobStore();
    private final ImageStore store = newStore(blobs);

    static ImageStore newStore(MemoryBlobStore blobs) {
        try {
            return new ImageStore(blobs, NameStorage.inMemory(), Platform.host());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static final byte[] LAYER_1 = new TarBuilder().file("hello.txt", "hello").build();
    static final byte[] LAYER_3 = new TarBuilder().file("bin/tool", "tool").build();

    static String config(byte[]... layers) {
        StringBuilder ids = new StringBuilder();
        for (byte[] l : layers) {
            ids.append(ids.isEmpty() ? "" : ",").append('"').append(Digest.sha256(l)).append('"');
        }
        return "{\"architecture\":\"amd64\",\"os\":\"linux\",\"created\":\"2026-01-01T00:00:00Z\","
                + "\"config\":{\"Cmd\":[\"sh\"]},\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[" + ids + "]}}";
    }

    static final String CONFIG_A = config(LAYER_1);
    static final String CONFIG_B = config(LAYER_1, LAYER_3);
    static final Digest ID_A = Digest.sha256(CONFIG_A.getBytes(UTF_8));
    static final Digest ID_B = Digest.sha256(CONFIG_B.getBytes(UTF_8));

    /** The classic docker save layout: {@code <id>.json}, {@code <layer>/layer.tar}, symlinked shared layers. */
    static TarBuilder legacy() {
        return new TarBuilder()
                .dir("l1/").file("l1/layer.tar", LAYER_1).file("l1/json", "{}").file("l1/VERSION", "1.0")
                .dir("l2/").symlink("l2/layer.tar", "../l1/layer.tar")
                .file("l3/layer.tar", LAYER_3)
                .file(ID_A.hex() + ".json", CONFIG_A)
                .file(ID_B.hex() + ".json", CONFIG_B)
                .file("repositories", "{\"a\":{\"1\":\"l1\"}}");
    }

    static final String LEGACY_MANIFEST = "[{\"Config\":\"" + ID_A.hex() + ".json\",\"RepoTags\":[\"a:1\"],"
            + "\"Layers\":[\"l1/layer.tar\"]},{\"Config\":\"" + ID_B.hex() + ".json\",\"RepoTags\":null,"
            + "\"Layers\":[\"l2/layer.tar\",\"l3/layer.tar\"]}]";

    private LoadResult load(byte[] archive) throws IOException {
        return new ArchiveLoader(store).load(new ByteArrayInputStream(archive));
    }

    @Test
    void loadsTheClassicDockerSaveLayout() throws IOException {
        LoadResult result = load(legacy().file("manifest.json", LEGACY_MANIFEST).build());
        assertThat(result.messages()).containsExactly("Loaded image: a:1", "Loaded image ID: " + ID_B);
        StoredImage a = store.resolve("a:1");
        assertThat(a.id()).isEqualTo(ID_A);
        assertThat(a.manifest().layers()).singleElement().satisfies(l -> {
            assertThat(l.digest()).isEqualTo(Digest.sha256(LAYER_1).toString());
            assertThat(l.mediaType()).isEqualTo(MediaTypes.OCI_LAYER);
        });
        assertThat(store.resolve(ID_B.toString()).manifest().layers()).hasSize(2);
        assertThat(store.list()).hasSize(2);
        assertNoStrayBlobs();
    }

    @Test
    void loadsAGzippedArchive() throws IOException {
        assertThat(load(TarBuilder.gzip(legacy().file("manifest.json", LEGACY_MANIFEST).build())).names())
                .hasSize(1);
    }

    @Test
    void compressedLayersAreCheckedAgainstTheirDiffId() throws IOException {
        byte[] gz = TarBuilder.gzip(LAYER_1);
        byte[] archive = new TarBuilder().file("l/layer.tar.gz", gz).file(ID_A.hex() + ".json", CONFIG_A)
                .file("manifest.json", "[{\"Config\":\"" + ID_A.hex() + ".json\",\"RepoTags\":[\"gz\"],"
                        + "\"Layers\":[\"l/layer.tar.gz\"]}]").build();
        load(archive);
        assertThat(store.resolve("gz").manifest().layers().getFirst().mediaType())
                .isEqualTo(MediaTypes.OCI_LAYER_GZIP);
    }

    @Test
    void ociArchivesTakeNamesFromAnnotations() throws IOException {
        MemoryBlobStore source = new MemoryBlobStore();
        ImageStore src = newStore(source);
        new ArchiveLoader(src).load(new ByteArrayInputStream(legacy().file("manifest.json", LEGACY_MANIFEST).build()));
        String m = src.resolve("a:1").target().digest();
        long size = src.resolve("a:1").target().size();
        TarBuilder oci = new TarBuilder().file("oci-layout", "{\"imageLayoutVersion\":\"1.0.0\"}");
        for (Digest d : source.list()) {
            oci.file("blobs/sha256/" + d.hex(), source.read(d));
        }
        String entry = "{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"digest\":\"" + m
                + "\",\"size\":" + size;
        oci.file("index.json", "{\"schemaVersion\":2,\"manifests\":["
                + entry + ",\"annotations\":{\"org.opencontainers.image.ref.name\":\"latest\"}},"
                + entry + ",\"annotations\":{\"org.opencontainers.image.ref.name\":\"example.com/x:2\"}},"
                + entry + ",\"annotations\":{\"io.containerd.image.name\":\"docker.io/library/y:3\"}}]}");
        assertThat(load(oci.build()).messages()).containsExactly("Loaded image: example.com/x:2", "Loaded image: y:3");
        assertThat(store.list()).singleElement().satisfies(s -> assertThat(s.repoTags())
                .containsExactly("example.com/x:2", "y:3"));
    }

    static Object[][] badArchives() {
        byte[] wrong = "not the blob".getBytes(UTF_8);
        String hex = "a".repeat(64);
        return new Object[][] {
            {"dot-dot entry", new TarBuilder().file("../evil", "x").build(),
                "invalid archive entry \"../evil\": \"..\" is not allowed in an image archive"},
            {"absolute entry", new TarBuilder().file("/etc/cron.d/x", "x").build(),
                "invalid archive entry \"/etc/cron.d/x\": absolute paths are not allowed in an image archive"},
            {"escaping symlink", new TarBuilder().symlink("l/layer.tar", "../../etc/shadow").build(),
                "invalid archive entry \"l/layer.tar\": link target \"../../etc/shadow\" leaves the archive"},
            {"fifo", new TarBuilder().fifo("pipe").build(), "invalid archive entry \"pipe\": unsupported entry "
                + "type (an image archive holds only files, directories and links)"},
            {"blob with wrong content", new TarBuilder().file("blobs/sha256/" + hex, wrong).build(),
                "invalid archive entry \"blobs/sha256/" + hex + "\": digest mismatch: expected sha256:" + hex
                + ", got " + Digest.sha256(wrong) + " (12 bytes)"},
            {"bad blob name", new TarBuilder().file("blobs/sha256/xyz", "x").build(),
                "invalid archive entry \"blobs/sha256/xyz\": not a blob name (expected blobs/sha256/<64 hex digits>)"},
            {"config not matching its name", new TarBuilder().file(hex + ".json", wrong).build(),
                "invalid archive entry \"" + hex + ".json\": digest mismatch: expected sha256:" + hex + ", got "
                + Digest.sha256(wrong) + " (12 bytes)"},
            {"missing layer", legacy().file("manifest.json", LEGACY_MANIFEST.replace("l3/", "l9/")).build(),
                "the archive has no file \"l9/layer.tar\" (a layer of manifest.json entry 2)"},
            {"layer not matching diff_id", legacy().file("manifest.json", LEGACY_MANIFEST.replace(
                "[\"l2/layer.tar\",\"l3/layer.tar\"]", "[\"l3/layer.tar\",\"l2/layer.tar\"]")).build(),
                "manifest.json entry 2: layer 1 (" + Digest.sha256(LAYER_3) + ") does not match the config: its "
                + "content is " + Digest.sha256(LAYER_3) + ", the diff_id is " + Digest.sha256(LAYER_1)},
            {"layer count", legacy().file("manifest.json", LEGACY_MANIFEST.replace(
                "[\"l1/layer.tar\"]", "[\"l1/layer.tar\",\"l3/layer.tar\"]")).build(),
                "manifest.json entry 1: 2 layers but the config lists 1 diff_ids"},
            {"bad name", legacy().file("manifest.json", LEGACY_MANIFEST.replace("a:1", "A:1")).build(),
                "manifest.json entry 1: invalid image name \"A:1\": invalid reference format: repository name "
                + "(library/A) must be lowercase"},
            {"empty archive", new TarBuilder().file("README", "hi").build(), "the archive has neither "
                + "manifest.json nor index.json: it is not a docker save or OCI archive"},
            {"missing manifest", new TarBuilder().file("index.json", "{\"schemaVersion\":2,\"manifests\":[{"
                + "\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"digest\":\"sha256:" + hex
                + "\",\"size\":3}]}").build(),
                "the archive has no file \"blobs/sha256/" + hex + "\" (index.json entry 1)"},
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badArchives")
    void rejectsBadArchivesAndKeepsNothing(String name, byte[] archive, String message) throws IOException {
        assertThatThrownBy(() -> load(archive)).isInstanceOf(ArchiveException.class).hasMessage(message);
        assertThat(blobs.list()).isEmpty();
        assertThat(store.entries()).isEmpty();
    }

    @Test
    void garbageIsNotATar() {
        byte[] noise = new byte[4096];
        new Random(5).nextBytes(noise);
        assertThatThrownBy(() -> load(noise)).isInstanceOf(ArchiveException.class)
                .hasMessageStartingWith("the archive is truncated or not a tar file: ");
    }

    @Test
    void truncatedArchiveFailsCleanly() {
        byte[] full = legacy().file("manifest.json", LEGACY_MANIFEST).build();
        byte[] cut = java.util.Arrays.copyOf(full, 1700);
        assertThatThrownBy(() -> load(cut)).isInstanceOf(ArchiveException.class);
        assertThat(store.entries()).isEmpty();
    }

    private void assertNoStrayBlobs() throws IOException {
        java.util.Set<Digest> live = new java.util.HashSet<>();
        for (var e : store.entries()) {
            live.addAll(store.content().reachable(e.target()));
        }
        assertThat(blobs.list()).containsExactlyInAnyOrderElementsOf(live);
    }
}
