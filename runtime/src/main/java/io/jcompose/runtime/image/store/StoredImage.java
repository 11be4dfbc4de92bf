package io.jcompose.runtime.image.store;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.oci.Descriptor;
import io.jcompose.runtime.image.oci.ImageConfig;
import io.jcompose.runtime.image.oci.Manifest;

/**
 * An image as the store resolved it for this platform.
 *
 * @param id the config digest, which docker calls the image ID
 * @param target what the name points at (a manifest, or an index)
 * @param manifestDescriptor the platform's manifest (the target itself unless it is an index)
 */
public record StoredImage(Digest id, Descriptor target, Descriptor manifestDescriptor, Manifest manifest,
        ImageConfig config) {

    /** Bytes the layers take in the store (compressed where they were pulled compressed). */
    public long size() {
        return manifest.layers().stream().mapToLong(Descriptor::size).sum();
    }

    public String created() {
        return config.created();
    }
}
