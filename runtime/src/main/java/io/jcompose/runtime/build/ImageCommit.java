package io.jcompose.runtime.build;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.oci.Descriptor;
import io.jcompose.runtime.image.oci.ImageConfig;
import io.jcompose.runtime.image.oci.Manifest;
import io.jcompose.runtime.image.oci.MediaTypes;
import io.jcompose.runtime.image.oci.OciJson;
import io.jcompose.runtime.image.ref.ImageReference;
import io.jcompose.runtime.image.store.ImageStore;
import io.jcompose.runtime.image.store.Lease;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Makes the built image: config and manifest blobs over the stage's layers, named by the tags (or kept
 * dangling), the way {@code docker import} makes one. A fully cached build gets the same manifest, so the same ID.
 */
final class ImageCommit {

    private final ImageStore store;
    private final BuildCache cache;

    ImageCommit(ImageStore store, BuildCache cache) {
        this.store = store;
        this.cache = cache;
    }

    /** Returns the image ID (the config digest). */
    Digest commit(StageState s, Map<String, String> labels, List<ImageReference> tags, boolean noCache,
            String created) throws IOException {
        ConfigDraft config = s.config.copy();
        config.labels.putAll(labels);
        StringBuilder what = new StringBuilder("image ");
        s.history.forEach(h -> what.append(h.createdBy()).append('\n'));
        Digest key = BuildCache.key(s.id(), what.toString(), labels.toString(), Map.of());
        Optional<Descriptor> cached = noCache ? Optional.empty() : cache.getImage(key)
                .filter(d -> blobExists(d.digestValue()));
        Set<Digest> made = new HashSet<>();
        Lease lease = store.lease();
        try {
            Descriptor target;
            if (cached.isPresent()) {
                target = cached.get();
            } else {
                ImageConfig image = new ImageConfig(created, null, s.architecture, s.platformOs, s.variant,
                        config.toRunConfig(), new ImageConfig.RootFs("layers",
                        s.layers.stream().map(l -> l.diffId().toString()).toList()), List.copyOf(s.history));
                byte[] configJson = OciJson.write(image);
                Digest configDigest = store.blobs().write(configJson);
                lease.protect(configDigest);
                made.add(configDigest);
                Manifest manifest = new Manifest(2, MediaTypes.OCI_MANIFEST, Descriptor.of(MediaTypes.OCI_CONFIG,
                        configDigest, configJson.length), s.layers.stream().map(BuiltLayer::blob).toList(), null);
                byte[] manifestJson = OciJson.write(manifest);
                target = Descriptor.of(MediaTypes.OCI_MANIFEST, store.blobs().write(manifestJson),
                        manifestJson.length);
                made.add(target.digestValue());
            }
            lease.protect(target.digestValue());
            if (tags.isEmpty()) {
                store.addDangling(target);
            }
            for (ImageReference tag : tags) {
                store.tag(tag, target);
            }
            if (cached.isEmpty()) {
                cache.putImage(key, target);
            }
            return idOf(target);
        } finally {
            lease.close();
            store.discardUnreferenced(made);
        }
    }

    private Digest idOf(Descriptor manifest) throws IOException {
        Manifest m = OciJson.read(store.blobs().read(manifest.digestValue()), Manifest.class, "the built manifest");
        return m.config().digestValue();
    }

    private boolean blobExists(Digest d) {
        return store.blobs().has(d);
    }
}
