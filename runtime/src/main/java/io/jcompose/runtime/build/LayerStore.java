package io.jcompose.runtime.build;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.layer.ChainId;
import io.jcompose.runtime.image.layer.ExtractOptions;
import io.jcompose.runtime.image.layer.LayerBlob;
import io.jcompose.runtime.image.layer.Snapshots;
import io.jcompose.runtime.image.oci.Descriptor;
import io.jcompose.runtime.image.oci.MediaTypes;
import io.jcompose.runtime.image.store.BlobStore;
import io.jcompose.runtime.image.store.BlobWriter;
import io.jcompose.runtime.sys.Native;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Keeps built layers the way pulled ones are kept: a gzip blob in the image store's blob store and an unpacked
 * snapshot shared through {@link Snapshots}, so that containers (and later RUN steps) can use them at once.
 */
public final class LayerStore {

    private final BlobStore blobs;
    private final Snapshots snapshots;
    private final Native sys;

    public LayerStore(BlobStore blobs, Snapshots snapshots, Native sys) {
        this.blobs = blobs;
        this.snapshots = snapshots;
        this.sys = sys;
    }

    /** Stores the contents of {@code dir} as a layer on top of {@code below}, and unpacks it there. */
    BuiltLayer commit(Path dir, List<BuiltLayer> below) throws IOException {
        MessageDigest diff = Digest.newSha256();
        Descriptor blob;
        try (BlobWriter w = blobs.writer()) {
            try (OutputStream gzip = new FastGzip(new NonClosing(w.stream()))) {
                new LayerTar(sys).write(dir, new DigestOutputStream(gzip, diff));
            }
            Digest d = w.commit(null, -1);
            blob = Descriptor.of(MediaTypes.OCI_LAYER_GZIP, d, w.written());
        }
        BuiltLayer layer = new BuiltLayer(blob, new Digest("sha256", HexFormat.of().formatHex(diff.digest())));
        ensureUnpacked(append(below, layer));
        return layer;
    }

    /** Whether every blob of the layers is still in the store (a cache entry may outlive a removed image). */
    boolean present(List<BuiltLayer> layers) throws IOException {
        for (BuiltLayer l : layers) {
            if (!blobs.has(l.blob().digestValue())) {
                return false;
            }
        }
        return true;
    }

    /** Unpacks whatever of the chain is missing (snapshots may have been pruned) and returns the lower dirs. */
    List<Path> ensureUnpacked(List<BuiltLayer> layers) throws IOException {
        Digest chain = null;
        List<Digest> diffIds = new ArrayList<>();
        for (BuiltLayer l : layers) {
            Digest blob = l.blob().digestValue();
            chain = snapshots.unpack(chain, new LayerBlob(blob, Optional.of(l.diffId()), () -> blobs.open(blob)),
                    ExtractOptions.trusted());
            diffIds.add(l.diffId());
        }
        return snapshots.lowerDirs(diffIds);
    }

    static Digest chainOf(List<BuiltLayer> layers) {
        return layers.isEmpty() ? null : ChainId.all(layers.stream().map(BuiltLayer::diffId).toList()).getLast();
    }

    private static List<BuiltLayer> append(List<BuiltLayer> below, BuiltLayer top) {
        List<BuiltLayer> all = new ArrayList<>(below);
        all.add(top);
        return all;
    }

    /** gzip at speed level 1: a build's layers are written often and read mostly from snapshots. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }

    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
