package io.jcompose.runtime.registry;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.oci.ImageConfig;
import io.jcompose.runtime.image.oci.Manifest;
import java.util.Optional;

/**
 * What a pull left in the store, for the image index to record under the image's name.
 *
 * @param manifestDigest the platform manifest chosen (the image ID is the config digest)
 * @param indexDigest the index the manifest was chosen from, if the reference named one
 */
public record PullResult(
        RemoteImage image,
        Digest manifestDigest,
        String manifestMediaType,
        Manifest manifest,
        Digest configDigest,
        ImageConfig config,
        Optional<Digest> indexDigest) {
}
