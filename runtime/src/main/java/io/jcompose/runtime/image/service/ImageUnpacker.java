package io.jcompose.runtime.image.service;

import io.jcompose.runtime.image.Digest;

import io.jcompose.runtime.image.layer.ExtractOptions;
import io.jcompose.runtime.image.layer.LayerBlob;
import io.jcompose.runtime.image.layer.Snapshots;
import io.jcompose.runtime.image.oci.Descriptor;
import io.jcompose.runtime.image.store.BlobStore;
import io.jcompose.runtime.image.store.StoredImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a stored image's layer blobs into snapshot directories, bottom first, so that a container's root can be
 * an overlay of them; layers shared with other images are unpacked once.
 */
public final class ImageUnpacker {

    private final BlobStore blobs;
    private final Snapshots snapshots;

    public ImageUnpacker(BlobStore blobs, Snapshots snapshots) {
        this.blobs = blobs;
        this.snapshots = snapshots;
    }

    /** Unpacks every layer of {@code image} (layers from registries are untrusted: no device nodes). */
    public Digest unpack(StoredImage image) throws IOException {
        List<Descriptor> layers = image.manifest().layers();
        List<String> diffIds = image.config().rootfs() == null ? List.of() : image.config().rootfs().diffIds();
        if (diffIds.size() != layers.size()) {
            throw new IOException("image " + image.id() + ": the config lists " + diffIds.size()
                    + " layer diff IDs but the manifest has " + layers.size() + " layers");
        }
        Digest chain = null;
        for (int i = 0; i < layers.size(); i++) {
            Digest blob = layers.get(i).digestValue();
            LayerBlob layer = new LayerBlob(blob, Optional.of(Digest.of(diffIds.get(i))), () -> blobs.open(blob));
            chain = snapshots.unpack(chain, layer, ExtractOptions.untrusted());
        }
        return chain;
    }

    /** The overlay lower directories of an unpacked image, top layer first. */
    public List<Path> lowerDirs(StoredImage image) throws IOException {
        List<Digest> diffIds = new ArrayList<>();
        for (String d : image.config().rootfs().diffIds()) {
            diffIds.add(Digest.of(d));
        }
        return snapshots.lowerDirs(diffIds);
    }
}
