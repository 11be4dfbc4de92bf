package io.jcompose.runtime.image.layer;

import static io.jcompose.runtime.image.layer.Tars.tar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.sys.FakeNative;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotsTest {

    @TempDir
    Path root;

    private Snapshots snapshots;
    private final AtomicInteger opens = new AtomicInteger();

    private final byte[] base = tar().dir("etc").file("etc/os-release", "ID=test\n").bytes();
    private final byte[] app = tar().dir("app").file("app/run", "run").bytes();
    private final Digest baseDiff = Digest.sha256(base);
    private final Digest appDiff = Digest.sha256(app);

    @BeforeEach
    void open() throws IOException {
        snapshots = new Snapshots(root, new LayerExtractor(new FakeNative()));
    }

    private LayerBlob blob(byte[] tar, Optional<Digest> diffId) {
        byte[] gz = Tars.gzip(tar);
        return new LayerBlob(Digest.sha256(gz), diffId, () -> {
            opens.incrementAndGet();
            return new ByteArrayInputStream(gz);
        });
    }

    @Test
    void unpacksEachLayerOnceUnderItsChainId() throws IOException {
        Digest first = snapshots.unpack(null, blob(base, Optional.of(baseDiff)), ExtractOptions.untrusted());
        Digest second = snapshots.unpack(first, blob(app, Optional.of(appDiff)), ExtractOptions.untrusted());
        Digest again = snapshots.unpack(null, blob(base, Optional.of(baseDiff)), ExtractOptions.untrusted());

        assertThat(first).isEqualTo(baseDiff).isEqualTo(again);
        assertThat(second).isEqualTo(ChainId.of(baseDiff, appDiff));
        assertThat(opens).hasValue(2);
        assertThat(root.resolve("snapshots").resolve(second.hex()).resolve("app/run")).hasContent("run");
        assertThat(snapshots.list()).containsExactlyInAnyOrder(first, second);
        assertThat(snapshots.lowerDirs(List.of(baseDiff, appDiff)))
                .containsExactly(snapshots.path(second), snapshots.path(first));
    }

    @Test
    void concurrentPullsOfOneLayerUnpackItOnce() throws Exception {
        int pulls = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Digest>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < pulls; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return snapshots.unpack(null, blob(base, Optional.of(baseDiff)), ExtractOptions.untrusted());
                }));
            }
            start.countDown();
            for (Future<Digest> result : results) {
                assertThat(result.get()).isEqualTo(baseDiff);
            }
        }
        assertThat(opens).hasValue(1);
        try (var left = Files.list(root.resolve("snapshots"))) {
            assertThat(left.toList()).containsExactly(snapshots.path(baseDiff));
        }
    }

    @Test
    void withoutADiffIdTheUnpackedContentNamesTheSnapshot() throws IOException {
        Digest chain = snapshots.unpack(null, blob(base, Optional.empty()), ExtractOptions.untrusted());
        Digest again = snapshots.unpack(null, blob(base, Optional.empty()), ExtractOptions.untrusted());
        assertThat(chain).isEqualTo(baseDiff).isEqualTo(again);
        try (var left = Files.list(root.resolve("snapshots"))) {
            assertThat(left.toList()).containsExactly(snapshots.path(baseDiff));
        }
    }

    @Test
    void aWrongDiffIdLeavesNoSnapshot() throws IOException {
        LayerBlob lying = blob(base, Optional.of(appDiff));
        assertThatThrownBy(() -> snapshots.unpack(null, lying, ExtractOptions.untrusted()))
                .isInstanceOf(LayerException.class)
                .hasMessage("layer " + lying.digest() + ": uncompressed content has diff ID " + baseDiff
                        + ", but the image config lists " + appDiff);
        try (var left = Files.list(root.resolve("snapshots"))) {
            assertThat(left.toList()).isEmpty();
        }
    }

    @Test
    void lowerDirsNamesTheMissingLayer() throws IOException {
        snapshots.unpack(null, blob(base, Optional.of(baseDiff)), ExtractOptions.untrusted());
        Digest chain = ChainId.of(baseDiff, appDiff);
        assertThatThrownBy(() -> snapshots.lowerDirs(List.of(baseDiff, appDiff)))
                .hasMessage("layer 1 (diff ID " + appDiff + ", chain ID " + chain + ") is not unpacked");
    }

    @Test
    void removeAndPrune() throws IOException {
        Digest first = snapshots.unpack(null, blob(base, Optional.of(baseDiff)), ExtractOptions.untrusted());
        Digest second = snapshots.unpack(first, blob(app, Optional.of(appDiff)), ExtractOptions.untrusted());
        Digest other = snapshots.unpack(null, blob(app, Optional.of(appDiff)), ExtractOptions.untrusted());

        assertThat(snapshots.prune(Set.of(first, second))).containsExactly(other);
        assertThat(snapshots.list()).containsExactlyInAnyOrder(first, second);
        assertThat(snapshots.remove(second)).isTrue();
        assertThat(snapshots.remove(second)).isFalse();
        assertThat(snapshots.list()).containsExactly(first);
        try (var left = Files.list(root.resolve("snapshots"))) {
            assertThat(left.toList()).containsExactly(snapshots.path(first));
        }
    }

    @Test
    void recoverDeletesWhatACrashLeft() throws IOException {
        Digest first = snapshots.unpack(null, blob(base, Optional.of(baseDiff)), ExtractOptions.untrusted());
        Files.createDirectories(root.resolve("snapshots/." + "c".repeat(64) + ".tmp-123/usr/bin"));
        Files.createDirectories(root.resolve("snapshots/.trash-x/etc"));
        snapshots.recover();
        try (var left = Files.list(root.resolve("snapshots"))) {
            assertThat(left.toList()).containsExactly(snapshots.path(first));
        }
    }
}
