package io.jcompose.cli.compose.exec;

import io.jcompose.model.error.ComposeException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/** The one-entry tar docker compose uploads for a copied secret or config: the target path, owner, mode, content. */
final class FileTar {

    private FileTar() {
    }

    static byte[] of(FileGrant g, byte[] content) {
        TarArchiveEntry entry = new TarArchiveEntry(g.target());
        entry.setSize(content.length);
        entry.setMode(TarArchiveEntry.DEFAULT_FILE_MODE & ~07777 | (g.mode() == null ? FileGrant.DEFAULT_MODE
                : g.mode() & 07777));
        entry.setModTime(Instant.now().toEpochMilli());
        entry.setUserId(id(g, "uid", g.uid()));
        entry.setGroupId(id(g, "gid", g.gid()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.putArchiveEntry(entry);
            tar.write(content);
            tar.closeArchiveEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A numeric owner, as docker compose requires (it fails on names). */
    private static int id(FileGrant g, String field, String value) {
        if (value == null) {
            return 0;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ComposeException(g.kind().word() + " \"" + g.key() + "\": " + field + " \"" + value
                    + "\" is not a number");
        }
    }
}
