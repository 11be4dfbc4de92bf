package io.jcompose.runtime.image.archive;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.oci.Descriptor;
import io.jcompose.runtime.image.ref.ImageReference;
import io.jcompose.runtime.image.store.ImageStore;
import io.jcompose.runtime.image.store.MemoryBlobStore;
import io.jcompose.runtime.image.store.NameEntry;
import io.jcompose.runtime.image.store.TestImages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ArchiveRoundTripTest {

    private final MemoryBlobStore sourceBlobs = new MemoryBlobStore();
    private final ImageStore source = ArchiveLoaderTest.newStore(sourceBlobs);
    private final MemoryBlobStore targetBlobs = new MemoryBlobStore();
    private final ImageStore target = ArchiveLoaderTest.newStore(targetBlobs);
    private Descriptor redis;

    @BeforeEach
    void images() throws IOException {
        redis = TestImages.image(sourceBlobs, "2026-01-01T00:00:00Z", "base", "redis");
        source.tag(ImageReference.parse("redis:7"), redis);
        source.tag(ImageReference.parse("localhost:5000/redis:7"), redis);
        source.tag(ImageReference.parse("app"), TestImages.image(sourceBlobs, "2026-01-02T00:00:00Z", "base", "app"));
        source.addDangling(TestImages.image(sourceBlobs, "2026-01-03T00:00:00Z", "loose"));
    }

    private byte[] save(ArchiveWriter.Format format, String... refs) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ArchiveWriter(source).save(List.of(refs), format, out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @EnumSource(ArchiveWriter.Format.class)
    void savedImagesLoadBackIdentical(ArchiveWriter.Format format) throws IOException {
        Digest loose = source.list().get(2).id();
        byte[] archive = save(format, "redis:7", "localhost:5000/redis:7", "app", loose.shortHex());
        LoadResult result = new ArchiveLoader(target).load(new ByteArrayInputStream(archive));
        assertThat(result.messages()).containsExactly("Loaded image: redis:7", "Loaded image: localhost:5000/redis:7",
                "Loaded image: app:latest", "Loaded image ID: " + loose);
        assertThat(target.resolve("redis:7").id()).isEqualTo(source.resolve("redis:7").id());
        assertThat(target.resolve("redis:7").target()).isEqualTo(redis);
        assertThat(target.list()).extracting(s -> s.id() + " " + s.repoTags())
                .containsExactlyInAnyOrderElementsOf(source.list().stream().map(s -> s.id() + " " + s.repoTags())
                        .toList());
        assertThat(targetBlobs.list()).isEqualTo(live(source));
    }

    @Test
    void dockerArchivesCarryManifestJsonAndTheOciLayout() throws IOException {
        List<String> names = entries(save(ArchiveWriter.Format.DOCKER, "redis:7"));
        Digest id = source.resolve("redis:7").id();
        assertThat(names).contains("blobs/", "blobs/sha256/", "blobs/sha256/" + id.hex(), "oci-layout",
                "index.json", "manifest.json", "repositories");
        assertThat(names).filteredOn(n -> n.startsWith("blobs/sha256/") && n.length() > 20).hasSize(4);
        assertThat(entries(save(ArchiveWriter.Format.OCI, "redis:7")))
                .doesNotContain("manifest.json", "repositories").contains("index.json", "oci-layout");
    }

    @Test
    void savingByIdRecordsNoName() throws IOException {
        byte[] archive = save(ArchiveWriter.Format.DOCKER, source.resolve("app").id().toString());
        assertThat(new ArchiveLoader(target).load(new ByteArrayInputStream(archive)).names()).isEmpty();
        assertThat(target.list()).singleElement().satisfies(s -> assertThat(s.repoTags()).isEmpty());
    }

    private static Set<Digest> live(ImageStore store) throws IOException {
        Set<Digest> live = new HashSet<>();
        for (NameEntry e : store.entries()) {
            live.addAll(store.content().reachable(e.target()));
        }
        return live;
    }

    private static List<String> entries(byte[] tar) throws IOException {
        List<String> names = new ArrayList<>();
        try (TarArchiveInputStream in = new TarArchiveInputStream(new ByteArrayInputStream(tar))) {
            for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }
}
