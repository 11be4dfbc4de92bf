package io.jcompose.runtime.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.oci.Descriptor;
import io.jcompose.runtime.image.oci.MediaTypes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCacheTest {

    @Test
    void everyInputChangesTheKey() {
        List<Digest> keys = List.of(
                BuildCache.key("p1", "RUN /bin/sh -c x", "", Map.of()),
                BuildCache.key("p2", "RUN /bin/sh -c x", "", Map.of()),
                BuildCache.key("p1", "RUN /bin/sh -c y", "", Map.of()),
                BuildCache.key("p1", "RUN /bin/sh -c x", "sha256:1", Map.of()),
                BuildCache.key("p1", "RUN /bin/sh -c x", "", Map.of("A", "1")),
                BuildCache.key("p1", "RUN /bin/sh -c x", "", Map.of("A", "2")));
        Set<Digest> distinct = new HashSet<>(keys);
        assertThat(distinct).hasSize(keys.size());
        assertThat(BuildCache.key("p", "i", "", Map.of("A", "1", "B", "2")))
                .isEqualTo(BuildCache.key("p", "i", "", new java.util.TreeMap<>(Map.of("B", "2", "A", "1"))));
    }

    @Test
    void keepsEntriesOnDisk(@TempDir Path dir) throws Exception {
        BuildCache cache = new BuildCache(dir);
        Digest key = BuildCache.key("p", "COPY a /", "sha256:x", Map.of());
        BuiltLayer layer = new BuiltLayer(Descriptor.of(MediaTypes.OCI_LAYER_GZIP, Digest.sha256(new byte[]{1}), 42),
                Digest.sha256(new byte[]{2}));
        assertThat(cache.get(key)).isEmpty();
        cache.put(key, layer);
        assertThat(new BuildCache(dir).get(key)).contains(layer);
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).hasSize(1);
        }
    }

    @Test
    void copyDigestsFollowContentAndModeButNotTimes(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("f"), "one");
        List<CopyStep.Item> items = List.of(new CopyStep.Item(f, "/f", false));
        Digest first = CopyStep.digest(items, "|");
        Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(0));
        assertThat(CopyStep.digest(items, "|")).isEqualTo(first);
        assertThat(CopyStep.digest(items, "1:1|")).isNotEqualTo(first);
        Files.writeString(f, "two");
        Digest changed = CopyStep.digest(items, "|");
        assertThat(changed).isNotEqualTo(first);
        Files.setPosixFilePermissions(f, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        assertThat(CopyStep.digest(items, "|")).isNotEqualTo(changed);
    }
}
