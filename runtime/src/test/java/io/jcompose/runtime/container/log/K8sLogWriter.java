package io.jcompose.runtime.container.log;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;

/** Writes a k8s-file log the way conmon does, including its rotation (a new file renamed over the old one). */
final class K8sLogWriter implements AutoCloseable {

    private final Path path;
    private final ZoneOffset offset;
    private FileChannel channel;

    K8sLogWriter(Path path, ZoneOffset offset) throws IOException {
        this.path = path;
        this.offset = offset;
        this.channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
    }

    void write(LogRecord record) throws IOException {
        writeRaw(K8sFileLine.format(record, offset));
    }

    void writeRaw(byte[] bytes) throws IOException {
        ByteBuffer bb = ByteBuffer.wrap(bytes);
        while (bb.hasRemaining()) {
            channel.write(bb);
        }
    }

    /** What conmon does past --log-size-max: open LOG.tmp truncated, rename it over LOG, write there. */
    void rotate() throws IOException {
        Path tmp = path.resolveSibling(path.getFileName() + ".tmp");
        FileChannel next = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        channel.close();
        channel = next;
    }

    /** What copytruncate-style rotation does: the same file, emptied. */
    void truncate() throws IOException {
        channel.truncate(0);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
