package io.jcompose.runtime.image.archive;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.store.BlobStore;
import io.jcompose.runtime.image.store.BlobWriter;
import io.jcompose.runtime.image.store.DigestMismatchException;
import io.jcompose.runtime.image.store.Lease;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * One pass over an image archive: every file goes straight into the blob store (checked against its name where
 * the name is a digest), the few metadata files stay in memory, links are only recorded. Nothing is written to
 * disk outside the blob store, so entry names are never used as paths.
 */
final class ArchiveContents {

    private static final Set<String> METADATA = Set.of("manifest.json", "index.json", "oci-layout", "repositories");
    private static final Pattern BLOB = Pattern.compile("blobs/sha256/([a-f0-9]{64})");
    private static final Pattern LEGACY_CONFIG = Pattern.compile("([a-f0-9]{64})\\.json");
    private static final Pattern LEGACY_V1 = Pattern.compile("[a-f0-9]{64}/(?:json|VERSION)");
    private static final int METADATA_MAX = 16 << 20;

    private final Map<String, byte[]> metadata = new HashMap<>();
    private final Map<String, Digest> files = new HashMap<>();
    private final Map<String, String> links = new HashMap<>();
    private final Set<Digest> written = new LinkedHashSet<>();

    /** Reads the whole (possibly compressed) archive; the blobs it writes are protected by {@code lease}. */
    void read(InputStream raw, BlobStore blobs, Lease lease) throws IOException {
        ArchiveContents c = this;
        TarArchiveInputStream tar = new TarArchiveInputStream(Compression.decompress(raw, "the archive"));
        while (true) {
            TarArchiveEntry entry;
            try {
                entry = tar.getNextEntry();
            } catch (IOException e) {
                throw new ArchiveException("the archive is truncated or not a tar file: " + e.getMessage());
            }
            if (entry == null) {
                return;
            }
            String name = ArchivePaths.clean(entry.getName());
            if (entry.isDirectory()) {
                continue;
            }
            if (entry.isSymbolicLink() || entry.isLink()) {
                c.links.put(name, ArchivePaths.linkTarget(name, entry.getLinkName(), entry.isSymbolicLink()));
            } else if (!entry.isFile() || entry.isFIFO() || entry.isCharacterDevice() || entry.isBlockDevice()) {
                throw ArchiveException.entry(entry.getName(),
                        "unsupported entry type (an image archive holds only files, directories and links)");
            } else if (METADATA.contains(name)) {
                if (entry.getSize() > METADATA_MAX) {
                    throw ArchiveException.entry(name, "metadata file larger than 16 MiB");
                }
                c.metadata.put(name, readFully(tar, name));
            } else if (!LEGACY_V1.matcher(name).matches()) {
                c.files.put(name, c.store(tar, entry, name, blobs, lease));
            }
        }
    }

    private Digest store(TarArchiveInputStream tar, TarArchiveEntry entry, String name, BlobStore blobs, Lease lease)
            throws IOException {
        Digest expected = expectedDigest(name);
        if (expected != null) {
            lease.protect(expected);
        }
        try (BlobWriter w = blobs.writer()) {
            try {
                tar.transferTo(w.stream());
            } catch (IOException e) {
                throw ArchiveException.entry(name, "cannot read it: " + e.getMessage());
            }
            Digest d = w.commit(expected, entry.getSize());
            lease.protect(d);
            written.add(d);
            return d;
        } catch (DigestMismatchException e) {
            throw ArchiveException.entry(name, e.getMessage());
        }
    }

    private static Digest expectedDigest(String name) {
        if (name.startsWith("blobs/")) {
            Matcher m = BLOB.matcher(name);
            if (!m.matches()) {
                throw ArchiveException.entry(name, "not a blob name (expected blobs/sha256/<64 hex digits>)");
            }
            return new Digest("sha256", m.group(1));
        }
        Matcher legacy = LEGACY_CONFIG.matcher(name);
        return legacy.matches() ? new Digest("sha256", legacy.group(1)) : null;
    }

    private static byte[] readFully(TarArchiveInputStream tar, String name) {
        try {
            return tar.readAllBytes();
        } catch (IOException e) {
            throw ArchiveException.entry(name, "cannot read it: " + e.getMessage());
        }
    }

    byte[] metadata(String name) {
        return metadata.get(name);
    }

    /** The blob stored for the file at {@code path} (links followed); {@code what} says who refers to it. */
    Digest blob(String path, String what) {
        String p = ArchivePaths.clean(path);
        for (int hops = 0; links.containsKey(p); hops++) {
            if (hops > 16) {
                throw ArchiveException.entry(path, "too many levels of links");
            }
            p = links.get(p);
        }
        Digest d = files.get(p);
        if (d == null) {
            throw new ArchiveException("the archive has no file \"" + path + "\" (" + what + ")");
        }
        return d;
    }

    /** Every blob this archive put in the store. */
    Set<Digest> written() {
        return Set.copyOf(written);
    }
}
