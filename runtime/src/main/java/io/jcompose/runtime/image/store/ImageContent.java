package io.jcompose.runtime.image.store;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.oci.Descriptor;
import io.jcompose.runtime.image.oci.ImageConfig;
import io.jcompose.runtime.image.oci.ImageIndex;
import io.jcompose.runtime.image.oci.Manifest;
import io.jcompose.runtime.image.oci.MediaTypes;
import io.jcompose.runtime.image.oci.OciJson;
import io.jcompose.runtime.image.oci.Platform;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.LinkedHashSet;
import java.util.Set;

/** Reads images out of the blob store: from a name's target to the platform's manifest and config, and the set of
 * blobs a target keeps alive. */
public final class ImageContent {

    private final BlobStore blobs;
    private final Platform platform;

    public ImageContent(BlobStore blobs, Platform platform) {
        this.blobs = blobs;
        this.platform = platform;
    }

    /** The image a manifest or index stands for on this platform. */
    public StoredImage image(Descriptor target) throws IOException {
        Descriptor manifestDescriptor = target;
        byte[] json = blobs.read(target.digestValue());
        if (isIndex(target.mediaType(), json)) {
            ImageIndex index = OciJson.read(json, ImageIndex.class, "image index " + target.digest());
            manifestDescriptor = index.manifests().stream()
                    .filter(m -> platform.accepts(m.platform()) && blobs.has(m.digestValue()))
                    .findFirst()
                    .orElseThrow(() -> new NoSuchFileException("image index " + target.digest()
                            + " has no manifest for " + platform + " in the store"));
            json = blobs.read(manifestDescriptor.digestValue());
        }
        Manifest manifest = OciJson.read(json, Manifest.class, "image manifest " + manifestDescriptor.digest());
        if (manifest.config() == null) {
            throw new IOException("invalid image manifest " + manifestDescriptor.digest() + ": no config");
        }
        Digest configDigest = manifest.config().digestValue();
        ImageConfig config = OciJson.read(blobs.read(configDigest), ImageConfig.class, "image config " + configDigest);
        return new StoredImage(configDigest, target, manifestDescriptor, manifest, config);
    }

    /** Every blob held in the store that {@code target} refers to, itself included; absent children are skipped. */
    public Set<Digest> reachable(Descriptor target) throws IOException {
        Set<Digest> out = new LinkedHashSet<>();
        walk(target.digestValue(), target.mediaType(), out);
        return out;
    }

    private void walk(Digest digest, String mediaType, Set<Digest> out) throws IOException {
        if (!blobs.has(digest) || !out.add(digest)) {
            return;
        }
        if (MediaTypes.isLayer(mediaType) || isConfig(mediaType)) {
            return;
        }
        byte[] json = blobs.read(digest);
        if (isIndex(mediaType, json)) {
            for (Descriptor d : OciJson.read(json, ImageIndex.class, "image index " + digest).manifests()) {
                walk(d.digestValue(), d.mediaType(), out);
            }
        } else if (MediaTypes.isManifest(mediaType) || MediaTypes.isManifest(OciJson.mediaTypeOf(json))) {
            Manifest m = OciJson.read(json, Manifest.class, "image manifest " + digest);
            if (m.config() != null) {
                walk(m.config().digestValue(), m.config().mediaType(), out);
            }
            for (Descriptor layer : m.layers()) {
                walk(layer.digestValue(), layer.mediaType(), out);
            }
        }
    }

    private static boolean isConfig(String mediaType) {
        return MediaTypes.OCI_CONFIG.equals(mediaType) || MediaTypes.DOCKER_CONFIG.equals(mediaType);
    }

    static boolean isIndex(String mediaType, byte[] json) throws IOException {
        return MediaTypes.isIndex(mediaType) || (mediaType == null || !MediaTypes.isManifest(mediaType))
                && MediaTypes.isIndex(OciJson.mediaTypeOf(json));
    }
}
