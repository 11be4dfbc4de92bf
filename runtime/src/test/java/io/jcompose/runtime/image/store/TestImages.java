package io.jcompose.runtime.image.store;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.oci.Descriptor;
import io.jcompose.runtime.image.oci.ImageConfig;
import io.jcompose.runtime.image.oci.ImageIndex;
import io.jcompose.runtime.image.oci.Manifest;
import io.jcompose.runtime.image.oci.MediaTypes;
import io.jcompose.runtime.image.oci.OciJson;
import io.jcompose.runtime.image.oci.Platform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Builds small images straight into a blob store for tests; layers are arbitrary bytes named by a label. */
public final class TestImages {

    private TestImages() {
    }

    public static Digest layer(BlobStore blobs, String label) {
        try {
            return blobs.write(("layer " + label).getBytes(UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An OCI manifest for a config created at {@code created} over layers labelled {@code layers}. */
    public static Descriptor image(BlobStore blobs, String created, Platform platform, String... layers) {
        try {
            List<Descriptor> layerDescriptors = new ArrayList<>();
            List<String> diffIds = new ArrayList<>();
            for (String label : layers) {
                Digest d = layer(blobs, label);
                layerDescriptors.add(Descriptor.of(MediaTypes.OCI_LAYER_GZIP, d, blobs.size(d)));
                diffIds.add(d.toString());
            }
            ImageConfig config = new ImageConfig(created, null, platform.architecture(), platform.os(),
                    platform.variant(), null, new ImageConfig.RootFs("layers", diffIds), null);
            byte[] configJson = OciJson.write(config);
            Digest configDigest = blobs.write(configJson);
            Manifest manifest = new Manifest(2, MediaTypes.OCI_MANIFEST,
                    Descriptor.of(MediaTypes.OCI_CONFIG, configDigest, configJson.length), layerDescriptors, null);
            byte[] json = OciJson.write(manifest);
            return Descriptor.of(MediaTypes.OCI_MANIFEST, blobs.write(json), json.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Descriptor image(BlobStore blobs, String created, String... layers) {
        return image(blobs, created, Platform.host(), layers);
    }

    /** An index over manifests, each given with its platform. */
    public static Descriptor index(BlobStore blobs, Descriptor... manifests) {
        try {
            List<Descriptor> entries = new ArrayList<>();
            for (Descriptor m : manifests) {
                ImageConfig c = OciJson.read(blobs.read(Digest.of(OciJson.read(blobs.read(m.digestValue()),
                        Manifest.class, "m").config().digest())), ImageConfig.class, "c");
                entries.add(new Descriptor(m.mediaType(), m.digest(), m.size(), null, null,
                        new Platform(c.architecture(), c.os(), c.variant())));
            }
            byte[] json = OciJson.write(new ImageIndex(2, MediaTypes.OCI_INDEX, entries, null));
            return Descriptor.of(MediaTypes.OCI_INDEX, blobs.write(json), json.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
