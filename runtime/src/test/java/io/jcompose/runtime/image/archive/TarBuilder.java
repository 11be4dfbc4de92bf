package io.jcompose.runtime.image.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/** Builds tar archives in memory for tests, including ones no honest tool would write. */
public final class TarBuilder {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes);

    public TarBuilder() {
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
    }

    public TarBuilder file(String name, byte[] content) {
        return file(name, content, 0644);
    }

    /** A regular file with the given permission bits (0755 for a program). */
    public TarBuilder file(String name, byte[] content, int mode) {
        try {
            TarArchiveEntry e = new TarArchiveEntry(name, true);
            e.setMode(TarArchiveEntry.DEFAULT_FILE_MODE & ~07777 | mode);
            e.setSize(content.length);
            tar.putArchiveEntry(e);
            tar.write(content);
            tar.closeArchiveEntry();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TarBuilder file(String name, String content) {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    public TarBuilder dir(String name) {
        return special(name, TarConstants.LF_DIR, null);
    }

    public TarBuilder symlink(String name, String target) {
        return special(name, TarConstants.LF_SYMLINK, target);
    }

    public TarBuilder hardlink(String name, String target) {
        return special(name, TarConstants.LF_LINK, target);
    }

    public TarBuilder fifo(String name) {
        return special(name, TarConstants.LF_FIFO, null);
    }

    private TarBuilder special(String name, byte type, String target) {
        try {
            TarArchiveEntry e = new TarArchiveEntry(name, type, true);
            if (target != null) {
                e.setLinkName(target);
            }
            tar.putArchiveEntry(e);
            tar.closeArchiveEntry();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] build() {
        try {
            tar.finish();
            tar.close();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
