package io.jcompose.runtime.image.layer;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.sys.Native;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Unpacks one layer blob (gzip, zstd or plain tar) into a directory ready to be an overlayfs lower layer. The
 * work happens in a temporary sibling directory that is renamed onto the target only when every entry was safe
 * and the diff ID matched, so a malicious or corrupt layer leaves nothing behind.
 */
public final class LayerExtractor {

    private final Native sys;

    public LayerExtractor(Native sys) {
        this.sys = sys;
    }

    /**
     * Unpacks {@code blob} into {@code target}, which must not exist yet.
     *
     * @param layer how messages name the layer, usually its blob digest
     * @param expectedDiffId the diff ID the image config lists for this layer, checked before the rename
     */
    public Extracted extract(String layer, InputStream blob, Path target, Optional<Digest> expectedDiffId,
            ExtractOptions options) throws IOException {
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path parent = target.toAbsolutePath().getParent();
        Path work = Files.createTempDirectory(parent, "." + target.getFileName() + ".tmp-");
        try {
            Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
            Extracted extracted = unpack(layer, blob, work, options);
            if (expectedDiffId.isPresent() && !expectedDiffId.get().equals(extracted.diffId())) {
                throw LayerException.of(layer, "uncompressed content has diff ID " + extracted.diffId()
                        + ", but the image config lists " + expectedDiffId.get());
            }
            Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
            return new Extracted(target, extracted.diffId(), extracted.tarSize(), extracted.compression());
        } catch (IOException | RuntimeException | Error e) {
            try {
                Trees.delete(work);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    private Extracted unpack(String layer, InputStream blob, Path work, ExtractOptions options) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(blob, 65536);
        Compression compression = Compression.detect(buffered, layer);
        InputStream decompressed = Failures.tag(compression.open(buffered), compression);
        MessageDigest sha256 = Digest.newSha256();
        Counting counting = new Counting(new DigestInputStream(decompressed, sha256));
        TarUnpacker unpacker = new TarUnpacker(new LayerTree(work, layer), layer, options, sys);
        try (TarArchiveInputStream tar = new TarArchiveInputStream(counting)) {
            InputStream content = Failures.tag(tar, Compression.NONE);
            TarArchiveEntry entry;
            while ((entry = Failures.nextEntry(tar)) != null) {
                unpacker.unpack(entry, content);
            }
            counting.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (Failures.StreamFailure e) {
            throw LayerException.of(layer, "truncated or corrupt " + e.format().label() + " stream", e.getCause());
        }
        unpacker.finish();
        Digest diffId = new Digest("sha256", HexFormat.of().formatHex(sha256.digest()));
        return new Extracted(work, diffId, counting.count(), compression);
    }
}
