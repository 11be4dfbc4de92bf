package io.jcompose.runtime.image.archive;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.oci.Descriptor;
import io.jcompose.runtime.image.oci.ImageConfig;
import io.jcompose.runtime.image.oci.Manifest;
import io.jcompose.runtime.image.oci.MediaTypes;
import io.jcompose.runtime.image.oci.OciJson;
import io.jcompose.runtime.image.store.BlobWriter;
import io.jcompose.runtime.image.store.ImageStore;
import io.jcompose.runtime.image.store.Lease;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * {@code docker import}: a root filesystem tarball (plain or compressed, from a file or stdin) becomes a one-layer
 * image. The tar is read through once: checked to be a tar, hashed for its diff ID and stored gzip-compressed.
 */
public final class RootfsImporter {

    private final ImageStore store;
    private final Clock clock;

    public RootfsImporter(ImageStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Imports the tarball and returns the new image's ID; names it when the options carry a name. */
    public Digest importRootfs(InputStream tarball, ImportOptions options) throws IOException {
        ImageConfig.RunConfig run = ImageChanges.apply(null, options.changes());
        Set<Digest> made = new HashSet<>();
        Lease lease = store.lease();
        try {
            MessageDigest diff = Digest.newSha256();
            Descriptor layer;
            try (BlobWriter w = store.blobs().writer()) {
                try (OutputStream gzip = new FastGzip(new NonClosingOutputStream(w.stream()))) {
                    copyTar(Compression.decompress(tarball, "the rootfs tarball"), diff, gzip);
                }
                Digest d = w.commit(null, -1);
                lease.protect(d);
                made.add(d);
                layer = Descriptor.of(MediaTypes.OCI_LAYER_GZIP, d, w.written());
            }
            Digest diffId = new Digest("sha256", HexFormat.of().formatHex(diff.digest()));
            String created = clock.instant().toString();
            String comment = options.message() != null ? options.message() : "Imported from " + options.source();
            ImageConfig config = new ImageConfig(created, null, options.platform().architecture(),
                    options.platform().os(), options.platform().variant(), run,
                    new ImageConfig.RootFs("layers", List.of(diffId.toString())),
                    List.of(new ImageConfig.History(created, null, comment, null)));
            byte[] configJson = OciJson.write(config);
            Digest configDigest = store.blobs().write(configJson);
            lease.protect(configDigest);
            made.add(configDigest);
            Manifest manifest = new Manifest(2, MediaTypes.OCI_MANIFEST,
                    Descriptor.of(MediaTypes.OCI_CONFIG, configDigest, configJson.length), List.of(layer), null);
            byte[] manifestJson = OciJson.write(manifest);
            Descriptor target = Descriptor.of(MediaTypes.OCI_MANIFEST, store.blobs().write(manifestJson),
                    manifestJson.length);
            made.add(target.digestValue());
            if (options.name() != null) {
                store.tag(options.name(), target);
            } else {
                store.addDangling(target);
            }
            return configDigest;
        } finally {
            lease.close();
            store.discardUnreferenced(made);
        }
    }

    /** Copies the tar to {@code out} while parsing it, so that anything but a tar fails here, not at unpack. */
    private static void copyTar(InputStream in, MessageDigest diff, OutputStream out) throws IOException {
        long[] count = {0};
        InputStream tee = new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    diff.update((byte) b);
                    out.write(b);
                    count[0]++;
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    diff.update(b, off, n);
                    out.write(b, off, n);
                    count[0] += n;
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                byte[] buffer = new byte[8192];
                long skipped = 0;
                while (skipped < n) {
                    int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
                    if (r < 0) {
                        break;
                    }
                    skipped += r;
                }
                return skipped;
            }
        };
        TarArchiveInputStream tar = new TarArchiveInputStream(tee);
        int entries = 0;
        try {
            while (tar.getNextEntry() != null) {
                entries++;
            }
        } catch (IOException e) {
            throw new ArchiveException("the rootfs tarball is not a valid tar archive: " + e.getMessage());
        }
        tee.transferTo(OutputStream.nullOutputStream());
        if (entries == 0) {
            throw new ArchiveException("the rootfs tarball is empty or not a tar archive (" + count[0] + " bytes)");
        }
    }


    /** gzip at speed level 1: imports are often large and the layer is compressed once. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
