package io.jcompose.runtime.image.layer;

import io.jcompose.runtime.sys.Native;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;

/**
 * Owners, modes (with setuid, setgid and sticky bits), PAX {@code SCHILY.xattr.*} attributes and times from a tar
 * header. Owner goes first because chown clears setuid bits; a directory's mode and times wait until the end, as
 * entries made inside it would change its times and a read-only mode would stop them being made.
 */
final class EntryMetadata {

    private static final String XATTR_PREFIX = "SCHILY.xattr.";

    private final Native sys;
    private final String layer;
    private final Map<Path, TarArchiveEntry> directories = new LinkedHashMap<>();

    EntryMetadata(Native sys, String layer) {
        this.sys = sys;
        this.layer = layer;
    }

    void apply(Path path, TarArchiveEntry entry) throws IOException {
        sys.lchown(path, entry.getLongUserId(), entry.getLongGroupId());
        for (Map.Entry<String, String> header : entry.getExtraPaxHeaders().entrySet()) {
            if (header.getKey().startsWith(XATTR_PREFIX)) {
                String name = header.getKey().substring(XATTR_PREFIX.length());
                if (header.getValue().indexOf('\uFFFD') >= 0) {
                    // commons-compress decodes PAX values as UTF-8, so raw binary bytes arrive replaced
                    throw LayerException.entry(layer, entry.getName(), "has extended attribute \"" + name
                            + "\" with a value that is not UTF-8, which cannot be kept exactly");
                }
                sys.lsetxattr(path, name, header.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        if (entry.isDirectory()) {
            directories.put(path, entry);
        } else if (!entry.isSymbolicLink()) {
            sys.chmod(path, entry.getMode() & 07777);
            setTimes(path, entry);
        } else {
            setTimes(path, entry);
        }
    }

    /** Applies the deferred modes and times of directories that are still directories. */
    void finishDirectories() throws IOException {
        for (Map.Entry<Path, TarArchiveEntry> dir : directories.entrySet()) {
            if (Files.isDirectory(dir.getKey(), LinkOption.NOFOLLOW_LINKS)) {
                sys.chmod(dir.getKey(), dir.getValue().getMode() & 07777);
                setTimes(dir.getKey(), dir.getValue());
            }
        }
    }

    private void setTimes(Path path, TarArchiveEntry entry) throws IOException {
        Instant modified = entry.getModTime().toInstant();
        FileTime accessed = entry.getLastAccessTime();
        sys.lutimes(path, accessed == null ? modified : accessed.toInstant(), modified);
    }
}
