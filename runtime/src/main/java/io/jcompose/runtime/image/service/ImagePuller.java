package io.jcompose.runtime.image.service;

import io.jcompose.runtime.image.Digest;

import io.jcompose.runtime.image.oci.Descriptor;
import io.jcompose.runtime.image.oci.MediaTypes;
import io.jcompose.runtime.image.oci.OciJson;
import io.jcompose.runtime.image.ref.ImageReference;
import io.jcompose.runtime.image.store.ImageStore;
import io.jcompose.runtime.image.store.Lease;
import io.jcompose.runtime.image.store.LeasedBlobStore;
import io.jcompose.runtime.registry.ProgressListener;
import io.jcompose.runtime.registry.PullResult;
import io.jcompose.runtime.registry.RegistryClient;
import io.jcompose.runtime.registry.RemoteImage;
import java.io.IOException;

/**
 * {@code docker pull}: fetches an image through the registry client into the store under a lease, then names it
 * by the reference and by {@code repository@digest}, as docker records RepoTags and RepoDigests.
 */
public final class ImagePuller {

    private final ImageStore images;
    private final RegistryClient registry;

    public ImagePuller(ImageStore images, RegistryClient registry) {
        this.images = images;
        this.registry = registry;
    }

    /** Pulls {@code reference}; returns the digest docker prints ({@code Digest: sha256:...}). */
    public Digest pull(ImageReference reference, ProgressListener listener) throws IOException, InterruptedException {
        try (Lease lease = images.lease()) {
            RemoteImage remote = RemoteImage.of(reference.domain(), reference.path(),
                    reference.digest() != null ? reference.digest() : reference.tag());
            PullResult result = registry.pull(remote, new LeasedBlobStore(images.blobs(), lease), listener);
            Digest root = result.indexDigest().orElse(result.manifestDigest());
            byte[] rootBytes = images.blobs().read(root);
            String mediaType = result.indexDigest().isPresent() ? mediaTypeOr(rootBytes, MediaTypes.OCI_INDEX)
                    : result.manifestMediaType();
            Descriptor target = Descriptor.of(mediaType, root, rootBytes.length);
            if (reference.tag() != null) {
                images.tag(reference.onlyTag(reference.tag()), target);
            }
            images.tag(reference.onlyDigest(root), target);
            return root;
        }
    }

    private static String mediaTypeOr(byte[] json, String fallback) throws IOException {
        String mt = OciJson.mediaTypeOf(json);
        return mt == null ? fallback : mt;
    }
}
