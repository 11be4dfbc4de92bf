package io.jcompose.runtime.image.store;

import static io.jcompose.runtime.image.store.ImageStoreTest.ref;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.oci.Descriptor;
import io.jcompose.runtime.image.oci.Platform;
import io.jcompose.runtime.image.store.ImageUsers.ContainerUse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ImageRemoverTest {

    private static final String CONTAINER = "0123456789abcdef0123";

    private final MemoryBlobStore blobs = new MemoryBlobStore();
    private ImageStore store;
    private ImageRemover remover;
    private Descriptor redis;
    private Digest redisId;
    private Descriptor other;

    @BeforeEach
    void setUp() throws IOException {
        store = new ImageStore(blobs, NameStorage.inMemory(), Platform.host());
        remover = new ImageRemover(store);
        redis = TestImages.image(blobs, "2026-01-01T00:00:00Z", "base", "redis");
        other = TestImages.image(blobs, "2026-01-01T00:00:00Z", "base", "other");
        store.tag(ref("redis:7"), redis);
        store.tag(ref("other"), other);
        redisId = store.resolve("redis:7").id();
    }

    private static ImageUsers used(boolean running) {
        return id -> List.of(new ContainerUse(CONTAINER, running));
    }

    private List<String> rmi(String what, boolean force, ImageUsers users) throws IOException {
        return remover.remove(what, force, users).stream().map(RemoveResult::toString).toList();
    }

    @Test
    void removingOneOfSeveralTagsOnlyUntags() throws IOException {
        store.tag(ref("redis:latest"), redis);
        assertThat(rmi("redis", false, ImageUsers.NONE)).containsExactly("Untagged: redis:latest");
        assertThat(blobs.has(redis.digestValue())).isTrue();
        assertThat(store.resolve("redis:7").id()).isEqualTo(redisId);
    }

    @Test
    void removingTheLastTagDeletesUnsharedContent() throws IOException {
        Digest base = TestImages.layer(blobs, "base");
        Digest own = TestImages.layer(blobs, "redis");
        assertThat(rmi("redis:7", false, ImageUsers.NONE)).containsExactly(
                "Untagged: redis:7", "Deleted: " + redisId, "Deleted: " + own);
        assertThat(blobs.has(own)).isFalse();
        assertThat(blobs.has(redisId)).isFalse();
        assertThat(blobs.has(redis.digestValue())).isFalse();
        assertThat(blobs.has(base)).as("shared with 'other'").isTrue();
        assertThat(store.resolve("other")).isNotNull();
    }

    @Test
    void removingByIdTakesItsSingleTagAlong() throws IOException {
        assertThat(rmi(redisId.shortHex(), false, ImageUsers.NONE))
                .containsExactly("Untagged: redis:7", "Deleted: " + redisId,
                        "Deleted: " + TestImages.layer(blobs, "redis"));
    }

    @Test
    void removingByIdRefusesWhenSeveralRepositoriesShareIt() throws IOException {
        store.tag(ref("localhost:5000/redis:7"), redis);
        assertThatThrownBy(() -> rmi(redisId.toString(), false, ImageUsers.NONE))
                .isInstanceOf(ImageException.Conflict.class)
                .hasMessage("conflict: unable to delete " + redisId.shortHex()
                        + " (must be forced) - image is referenced in multiple repositories");
        assertThat(rmi(redisId.toString(), true, ImageUsers.NONE)).startsWith(
                "Untagged: redis:7", "Untagged: localhost:5000/redis:7", "Deleted: " + redisId);
    }

    @Test
    void aNameUsedByAContainerNeedsForce() throws IOException {
        assertThatThrownBy(() -> rmi("redis:7", false, used(false)))
                .isInstanceOf(ImageException.Conflict.class)
                .hasMessage("conflict: unable to remove repository reference \"redis:7\" (must force) - container "
                        + "0123456789ab is using its referenced image " + redisId.shortHex());
        assertThat(store.resolve("redis:7").id()).isEqualTo(redisId);
    }

    @Test
    void forcingANameInUseUntagsAndKeepsTheImageDangling() throws IOException {
        assertThat(rmi("redis:7", true, used(true))).containsExactly("Untagged: redis:7");
        assertThat(store.resolve(redisId.toString()).id()).isEqualTo(redisId);
        assertThat(store.list()).filteredOn(s -> s.id().equals(redisId)).singleElement()
                .extracting(ImageSummary::repoTags).asList().isEmpty();
        assertThat(blobs.has(TestImages.layer(blobs, "redis"))).isTrue();
    }

    @Test
    void anIdUsedByARunningContainerCannotBeForced() {
        assertThatThrownBy(() -> rmi(redisId.toString(), true, used(true)))
                .hasMessage("conflict: unable to delete " + redisId.shortHex()
                        + " (cannot be forced) - image is being used by running container 0123456789ab");
    }

    @Test
    void anIdUsedByAStoppedContainerMustBeForced() throws IOException {
        assertThatThrownBy(() -> rmi(redisId.toString(), false, used(false)))
                .hasMessage("conflict: unable to delete " + redisId.shortHex()
                        + " (must be forced) - image is being used by stopped container 0123456789ab");
        assertThat(store.resolve("redis:7").id()).isEqualTo(redisId);
        assertThat(rmi(redisId.toString(), true, used(false))).startsWith("Untagged: redis:7", "Deleted: " + redisId);
    }

    @Test
    void removingTheLastTagOfARepositoryTakesItsDigestReferences() throws IOException {
        store.tag(ref("redis").onlyDigest(redis.digestValue()), redis);
        store.tag(ref("localhost:5000/r:1"), redis);
        assertThat(rmi("redis:7", false, ImageUsers.NONE))
                .containsExactly("Untagged: redis:7", "Untagged: redis@" + redis.digest());
        assertThat(store.resolve("localhost:5000/r:1").id()).isEqualTo(redisId);
    }

    @Test
    void singleReferenceRules() {
        assertThat(ImageRemover.isSingleReference(List.of())).isFalse();
        assertThat(ImageRemover.isSingleReference(List.of(ref("a")))).isTrue();
        assertThat(ImageRemover.isSingleReference(List.of(ref("a"), ref("a:2")))).isFalse();
        String d = "@sha256:" + "a".repeat(64);
        assertThat(ImageRemover.isSingleReference(List.of(ref("a"), ref("a" + d)))).isTrue();
        assertThat(ImageRemover.isSingleReference(List.of(ref("a"), ref("b" + d)))).isFalse();
        assertThat(ImageRemover.isSingleReference(List.of(ref("a" + d), ref("a@sha256:" + "b".repeat(64)))))
                .isTrue();
    }

    @Test
    void pruneRemovesUnusedDanglingImagesOnly() throws IOException {
        Descriptor loose = TestImages.image(blobs, "2026-01-01T00:00:00Z", "loose");
        Descriptor kept = TestImages.image(blobs, "2026-01-01T00:00:00Z", "kept");
        store.addDangling(loose);
        store.addDangling(kept);
        Digest keptId = store.content().image(kept).id();
        Digest looseId = store.content().image(loose).id();
        List<RemoveResult> pruned = remover.prune(id -> id.equals(keptId)
                ? List.of(new ContainerUse(CONTAINER, false)) : List.of());
        assertThat(pruned).extracting(Object::toString)
                .containsExactly("Deleted: " + looseId, "Deleted: " + TestImages.layer(blobs, "loose"));
        assertThat(store.list()).hasSize(3);
    }

    @Test
    void garbageCollectionSparesNamedAndLeasedBlobs() throws IOException {
        Digest orphan = blobs.write(new byte[] {9});
        Digest leased = blobs.write(new byte[] {8});
        try (Lease lease = store.lease()) {
            lease.protect(leased);
            assertThat(remover.collectGarbage()).containsExactly(orphan);
            assertThat(blobs.has(leased)).isTrue();
        }
        assertThat(remover.collectGarbage()).containsExactly(leased);
        assertThat(store.resolve("redis:7")).isNotNull();
    }

    /** Random tag/untag/rmi sequences never delete a blob a remaining name reaches. */
    @Test
    void noBlobInUseIsEverDeleted() throws IOException {
        Random random = new Random(20261125L);
        List<Descriptor> images = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            images.add(TestImages.image(blobs, "2026-01-0" + (i + 1) + "T00:00:00Z",
                    "l" + random.nextInt(4), "l" + random.nextInt(4), "own" + i));
        }
        String[] names = {"a", "a:2", "b", "localhost:5000/c:1", "d/e:x"};
        for (int step = 0; step < 400; step++) {
            String name = names[random.nextInt(names.length)];
            Descriptor image = images.get(random.nextInt(images.size()));
            try {
                switch (random.nextInt(4)) {
                    case 0, 1 -> {
                        if (blobs.has(image.digestValue())) {
                            store.tag(ref(name), image);
                        }
                    }
                    case 2 -> remover.remove(name, random.nextBoolean(), ImageUsers.NONE);
                    default -> store.untag(ref(name));
                }
            } catch (ImageException expected) {
                // not found or a conflict: both leave the store consistent
            }
            Set<Digest> live = new HashSet<>();
            for (NameEntry e : store.entries()) {
                live.addAll(store.content().reachable(e.target()));
                StoredImage img = store.content().image(e.target());
                assertThat(blobs.has(img.id())).isTrue();
                img.manifest().layers().forEach(l -> assertThat(blobs.has(l.digestValue())).isTrue());
            }
            assertThat(blobs.list()).containsAll(live);
        }
    }
}
