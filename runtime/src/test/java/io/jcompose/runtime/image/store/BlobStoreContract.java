package io.jcompose.runtime.image.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.runtime.image.Digest;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What every BlobStore must do; run against the file store and the in-memory fake. */
abstract class BlobStoreContract {

    abstract BlobStore store();

    @Test
    void writesAndReadsByDigest() throws IOException {
        Digest d = store().write("hello".getBytes(UTF_8));
        assertThat(d).isEqualTo(Digest.sha256("hello".getBytes(UTF_8)));
        assertThat(store().has(d)).isTrue();
        assertThat(store().size(d)).isEqualTo(5);
        assertThat(store().read(d)).isEqualTo("hello".getBytes(UTF_8));
        assertThat(store().list()).containsExactly(d);
    }

    @Test
    void streamsLargeContentAndChecksIt() throws IOException {
        byte[] data = new byte[3 * 1024 * 1024 + 17];
        new Random(7).nextBytes(data);
        Digest expected = Digest.sha256(data);
        try (BlobWriter w = store().writer()) {
            for (int off = 0; off < data.length; off += 4096) {
                w.stream().write(data, off, Math.min(4096, data.length - off));
            }
            assertThat(w.written()).isEqualTo(data.length);
            assertThat(w.commit(expected, data.length)).isEqualTo(expected);
        }
        assertThat(store().read(expected)).isEqualTo(data);
    }

    @Test
    void digestMismatchKeepsNothing() throws IOException {
        Digest wrong = Digest.sha256("other".getBytes(UTF_8));
        Digest actual = Digest.sha256("hello".getBytes(UTF_8));
        try (BlobWriter w = store().writer()) {
            w.stream().write("hello".getBytes(UTF_8));
            assertThatThrownBy(() -> w.commit(wrong, 5))
                    .isInstanceOf(DigestMismatchException.class)
                    .hasMessage("digest mismatch: expected " + wrong + ", got " + actual + " (5 bytes)");
        }
        assertThat(store().has(actual)).isFalse();
        assertThat(store().list()).isEmpty();
    }

    @Test
    void sizeMismatchKeepsNothing() throws IOException {
        Digest actual = Digest.sha256("hello".getBytes(UTF_8));
        try (BlobWriter w = store().writer()) {
            w.stream().write("hello".getBytes(UTF_8));
            assertThatThrownBy(() -> w.commit(actual, 6))
                    .isInstanceOf(DigestMismatchException.class)
                    .hasMessage("digest mismatch: expected " + actual + ", got 5 bytes where the descriptor says 6");
        }
        assertThat(store().list()).isEmpty();
    }

    @Test
    void closingWithoutCommitDiscards() throws IOException {
        try (BlobWriter w = store().writer()) {
            w.stream().write("partial".getBytes(UTF_8));
        }
        assertThat(store().list()).isEmpty();
    }

    @Test
    void writingAfterCommitFails() throws IOException {
        try (BlobWriter w = store().writer()) {
            w.stream().write(1);
            w.commit(null, -1);
            assertThatThrownBy(() -> w.stream().write(2)).hasMessage("blob writer is already committed or closed");
        }
    }

    @Test
    void missingBlobIsNoSuchFile() throws IOException {
        Digest absent = Digest.sha256(new byte[] {1});
        assertThat(store().has(absent)).isFalse();
        assertThatThrownBy(() -> store().open(absent)).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> store().size(absent)).isInstanceOf(NoSuchFileException.class);
        store().delete(absent);
    }

    @Test
    void deleteRemoves() throws IOException {
        Digest a = store().write(new byte[] {1});
        Digest b = store().write(new byte[] {2});
        store().delete(a);
        assertThat(store().list()).containsExactly(b);
    }

    @Test
    void sameContentTwiceIsOneBlob() throws IOException {
        Digest a = store().write(new byte[] {1, 2});
        Digest b = store().write(new byte[] {1, 2});
        assertThat(a).isEqualTo(b);
        assertThat(store().list()).hasSize(1);
    }
}
