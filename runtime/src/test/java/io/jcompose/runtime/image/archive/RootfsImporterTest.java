package io.jcompose.runtime.image.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.oci.MediaTypes;
import io.jcompose.runtime.image.ref.ImageReference;
import io.jcompose.runtime.image.store.ImageStore;
import io.jcompose.runtime.image.store.MemoryBlobStore;
import io.jcompose.runtime.image.store.StoredImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class RootfsImporterTest {

    private final MemoryBlobStore blobs = new MemoryBlobStore();
    private final ImageStore store = ArchiveLoaderTest.newStore(blobs);
    private final RootfsImporter importer = new RootfsImporter(store,
            Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
    private final byte[] rootfs = new TarBuilder().dir("bin/").file("bin/sh", "#!fake").file("etc/os-release", "x")
            .build();

    @Test
    void aTarballBecomesAOneLayerImage() throws IOException {
        Digest id = importer.importRootfs(new ByteArrayInputStream(rootfs), ImportOptions.of(
                ImageReference.parse("myroot:1"), List.of("CMD [\"/bin/sh\"]", "ENV PATH=/bin", "WORKDIR /srv")));
        StoredImage image = store.resolve("myroot:1");
        assertThat(image.id()).isEqualTo(id);
        assertThat(image.config().created()).isEqualTo("2026-11-25T10:00:00Z");
        assertThat(image.config().config().cmd()).containsExactly("/bin/sh");
        assertThat(image.config().config().env()).containsExactly("PATH=/bin");
        assertThat(image.config().config().workingDir()).isEqualTo("/srv");
        assertThat(image.config().rootfs().diffIds()).containsExactly(Digest.sha256(rootfs).toString());
        assertThat(image.config().history()).singleElement()
                .satisfies(h -> assertThat(h.comment()).isEqualTo("Imported from -"));
        var layer = image.manifest().layers().getFirst();
        assertThat(layer.mediaType()).isEqualTo(MediaTypes.OCI_LAYER_GZIP);
        try (var in = new GZIPInputStream(blobs.open(layer.digestValue()))) {
            assertThat(in.readAllBytes()).isEqualTo(rootfs);
        }
        assertThat(blobs.size(layer.digestValue())).isEqualTo(layer.size());
    }

    @Test
    void compressedTarballsAreImportedUncompressedFirst() throws IOException {
        Digest id = importer.importRootfs(new ByteArrayInputStream(TarBuilder.gzip(rootfs)),
                new ImportOptions(null, List.of(), "from a file", "rootfs.tgz", null));
        StoredImage image = store.resolve(id.toString());
        assertThat(image.config().rootfs().diffIds()).containsExactly(Digest.sha256(rootfs).toString());
        assertThat(image.config().history().getFirst().comment()).isEqualTo("from a file");
        assertThat(store.list()).singleElement().satisfies(s -> assertThat(s.repoTags()).isEmpty());
    }

    @Test
    void somethingElseThanATarIsRefusedAndNothingKept() {
        byte[] text = "just some text that is long enough to not be a tar header at all".repeat(20).getBytes();
        assertThatThrownBy(() -> importer.importRootfs(new ByteArrayInputStream(text), ImportOptions.of(null, null)))
                .isInstanceOf(ArchiveException.class)
                .hasMessageStartingWith("the rootfs tarball is not a valid tar archive: ");
        assertThatThrownBy(() -> importer.importRootfs(new ByteArrayInputStream(new byte[0]),
                ImportOptions.of(null, null)))
                .hasMessage("the rootfs tarball is empty or not a tar archive (0 bytes)");
        assertThat(blobs.list()).isEmpty();
    }

    @Test
    void anInvalidChangeFailsBeforeReading() {
        assertThatThrownBy(() -> importer.importRootfs(new ByteArrayInputStream(rootfs),
                ImportOptions.of(null, List.of("RUN rm -rf /"))))
                .hasMessageStartingWith("\"RUN rm -rf /\" is not a valid change command");
        assertThat(blobs.list()).isEmpty();
    }
}
