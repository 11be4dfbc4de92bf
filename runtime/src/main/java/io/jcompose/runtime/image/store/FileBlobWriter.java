package io.jcompose.runtime.image.store;

import io.jcompose.runtime.image.Digest;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** One blob streaming into a temp file of a {@link FileBlobStore}: hashed as written, synced, then renamed. */
final class FileBlobWriter implements BlobWriter {

    private final FileBlobStore store;
    private final Path temp;
    private final FileChannel channel;
    private final HashingOutputStream out;
    private boolean done;

    FileBlobWriter(FileBlobStore store, Path temp) throws IOException {
        this.store = store;
        this.temp = temp;
        this.channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        this.out = new HashingOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16));
    }

    @Override
    public OutputStream stream() {
        return out;
    }

    @Override
    public long written() {
        return out.count();
    }

    @Override
    public Digest commit(Digest expected, long expectedSize) throws IOException {
        if (done) {
            throw new IOException("blob writer is already committed or closed");
        }
        done = true;
        try {
            if (expected != null && !expected.algorithm().equals("sha256")) {
                throw new IOException("cannot store blob " + expected + ": only sha256 blobs are written");
            }
            Digest actual = out.digest();
            channel.force(true);
            channel.close();
            BlobCheck.verify(expected, expectedSize, actual, out.count());
            store.install(temp, actual);
            return actual;
        } catch (IOException | RuntimeException e) {
            discard();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        if (!done) {
            done = true;
            discard();
        }
    }

    private void discard() throws IOException {
        try {
            out.finish();
        } catch (IOException ignored) {
            // the temp file goes either way
        }
        channel.close();
        Files.deleteIfExists(temp);
    }
}
