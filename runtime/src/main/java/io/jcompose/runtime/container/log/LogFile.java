package io.jcompose.runtime.container.log;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * An open log file and the identity (device and inode) it had when opened, so that a follower notices when conmon
 * replaces the file at {@code --log-size-max} (it writes {@code LOG.tmp} and renames it over {@code LOG}).
 */
final class LogFile implements AutoCloseable {

    /** What the path holds now, compared with the open file. */
    enum Change { SAME, TRUNCATED, REPLACED }

    private final Path path;
    private final FileChannel channel;
    private final Object key;

    private LogFile(Path path, FileChannel channel, Object key) {
        this.path = path;
        this.channel = channel;
        this.key = key;
    }

    /** Opens the file, or returns null when there is none (yet). */
    static LogFile open(Path path) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Object before = key(path);
            if (before == null) {
                return null;
            }
            FileChannel channel;
            try {
                channel = FileChannel.open(path, StandardOpenOption.READ);
            } catch (NoSuchFileException e) {
                continue;
            }
            if (Objects.equals(before, key(path)) || attempt >= 3) {
                return new LogFile(path, channel, before);
            }
            channel.close();
        }
    }

    FileChannel channel() {
        return channel;
    }

    /** Whether the path still names this file, and whether it got shorter than {@code position}. */
    Change change(long position) throws IOException {
        Object now = key(path);
        if (now != null && !now.equals(key)) {
            return Change.REPLACED;
        }
        return channel.size() < position ? Change.TRUNCATED : Change.SAME;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private static Object key(Path path) throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class).fileKey();
        } catch (NoSuchFileException e) {
            return null;
        }
    }
}
