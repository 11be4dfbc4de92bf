package io.jcompose.runtime.image.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.runtime.image.Digest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileBlobStoreTest extends BlobStoreContract {

    @TempDir
    Path root;
    private FileBlobStore store;

    @BeforeEach
    void open() throws IOException {
        store = FileBlobStore.open(root);
    }

    @Override
    BlobStore store() {
        return store;
    }

    @Test
    void usesOciLayout() throws IOException {
        Digest d = store.write(new byte[] {42});
        assertThat(root.resolve("oci-layout")).hasContent("{\"imageLayoutVersion\":\"1.0.0\"}");
        assertThat(root.resolve("blobs/sha256/" + d.hex())).hasBinaryContent(new byte[] {42});
        assertThat(store.path(d)).isEqualTo(root.resolve("blobs/sha256/" + d.hex()));
    }

    @Test
    void nothingIsLeftInIngest() throws IOException {
        store.write(new byte[] {1});
        try (BlobWriter w = store.writer()) {
            w.stream().write(2);
            assertThat(ingestFiles()).hasSize(1);
        }
        try (BlobWriter w = store.writer()) {
            w.stream().write(3);
            try {
                w.commit(Digest.sha256(new byte[] {4}), -1);
            } catch (DigestMismatchException expected) {
                // checked in the contract
            }
        }
        assertThat(ingestFiles()).isEmpty();
    }

    @Test
    void leftoversOfACrashAreRemovedOnOpen() throws IOException {
        BlobWriter abandoned = store.writer();
        abandoned.stream().write(new byte[1000]);
        abandoned.stream().flush();
        Files.writeString(root.resolve("ingest/blob-123.tmp"), "half");
        FileBlobStore reopened = FileBlobStore.open(root);
        assertThat(ingestFiles()).isEmpty();
        assertThat(reopened.list()).isEmpty();
    }

    @Test
    void concurrentWritersOfTheSameBlobAllSucceed() throws Exception {
        byte[] content = new byte[256 * 1024];
        new java.util.Random(3).nextBytes(content);
        Digest expected = Digest.sha256(content);
        int writers = 8;
        CyclicBarrier barrier = new CyclicBarrier(writers);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Digest>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                results.add(pool.submit(() -> {
                    try (BlobWriter w = store.writer()) {
                        w.stream().write(content);
                        barrier.await();
                        return w.commit(expected, content.length);
                    }
                }));
            }
            for (Future<Digest> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        }
        assertThat(store.list()).containsExactly(expected);
        assertThat(store.read(expected)).isEqualTo(content);
        assertThat(ingestFiles()).isEmpty();
    }

    @Test
    void strayFilesInBlobsAreNotListed() throws IOException {
        Files.writeString(root.resolve("blobs/sha256/not-a-digest"), "x");
        assertThat(store.list()).isEmpty();
    }

    private List<Path> ingestFiles() {
        try (Stream<Path> s = Files.list(root.resolve("ingest"))) {
            return s.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
