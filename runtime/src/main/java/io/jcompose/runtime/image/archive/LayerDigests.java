package io.jcompose.runtime.image.archive;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.oci.MediaTypes;
import io.jcompose.runtime.image.store.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/** A layer blob's diff ID (the digest of its uncompressed tar) and media type, found from its content. */
final class LayerDigests {

    private LayerDigests() {
    }

    static Compression compression(BlobStore blobs, Digest layer) throws IOException {
        try (InputStream in = blobs.open(layer)) {
            return Compression.of(in.readNBytes(6));
        }
    }

    static String mediaType(Compression compression) {
        return switch (compression) {
            case GZIP -> MediaTypes.OCI_LAYER_GZIP;
            case ZSTD -> MediaTypes.OCI_LAYER_ZSTD;
            case NONE -> MediaTypes.OCI_LAYER;
            case BZIP2, XZ -> throw new ArchiveException("layers compressed with " + compression.name().toLowerCase(
                    java.util.Locale.ROOT) + " are not supported");
        };
    }

    /** The digest of the uncompressed content; reads the blob only when it is compressed. */
    static Digest diffId(BlobStore blobs, Digest layer) throws IOException {
        if (compression(blobs, layer) == Compression.NONE) {
            return layer;
        }
        MessageDigest sha = Digest.newSha256();
        try (InputStream in = Compression.decompress(blobs.open(layer), "layer " + layer);
                OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
            in.transferTo(sink);
        }
        return new Digest("sha256", HexFormat.of().formatHex(sha.digest()));
    }
}
