package io.jcompose.runtime.registry;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.oci.Descriptor;
import io.jcompose.runtime.image.oci.ImageConfig;
import io.jcompose.runtime.image.oci.ImageIndex;
import io.jcompose.runtime.image.oci.Manifest;
import io.jcompose.runtime.image.oci.MediaTypes;
import io.jcompose.runtime.image.oci.OciJson;
import io.jcompose.runtime.image.oci.Platform;
import io.jcompose.runtime.image.store.BlobStore;
import io.jcompose.runtime.image.store.BlobWriter;
import io.jcompose.runtime.registry.transport.RegistryException;
import io.jcompose.runtime.registry.transport.RegistrySession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One pull: resolve the reference to a manifest (choosing this platform from an index), then bring the config
 * and the layers into the store in parallel. Manifest and index are stored last, so their presence means the
 * image is complete.
 */
final class RegistryPull {

    private final RegistrySession session;
    private final BlobStore store;
    private final ProgressListener listener;
    private final Platform platform;
    private final int parallel;

    RegistryPull(RegistrySession session, BlobStore store, ProgressListener listener, Platform platform,
            int parallel) {
        this.session = session;
        this.store = store;
        this.listener = listener;
        this.platform = platform;
        this.parallel = parallel;
    }

    PullResult pull(RemoteImage image) throws IOException, InterruptedException {
        String repo = image.repository();
        ManifestFetcher.Fetched top = ManifestFetcher.fetch(session, repo, image.tagOrDigest(),
                image.digest().orElse(null), -1);
        ManifestFetcher.Fetched chosen = top;
        Optional<ManifestFetcher.Fetched> index = Optional.empty();
        if (MediaTypes.isIndex(top.mediaType())) {
            Descriptor entry = choose(OciJson.read(top.bytes(), ImageIndex.class, "image index"));
            chosen = ManifestFetcher.fetch(session, repo, entry.digest(), digestOf(entry, "manifest"), entry.size());
            index = Optional.of(top);
        }
        if (!MediaTypes.isManifest(chosen.mediaType())) {
            throw new RegistryException("unsupported manifest media type \"" + chosen.mediaType() + "\"");
        }
        Manifest manifest = OciJson.read(chosen.bytes(), Manifest.class, "image manifest");
        if (manifest.config() == null) {
            throw new RegistryException("invalid image manifest " + chosen.digest() + ": no config");
        }
        Map<Digest, Descriptor> blobs = new LinkedHashMap<>();
        Map<Digest, String> kinds = new LinkedHashMap<>();
        blobs.put(digestOf(manifest.config(), "config"), manifest.config());
        kinds.put(digestOf(manifest.config(), "config"), "config");
        for (Descriptor layer : manifest.layers()) {
            blobs.putIfAbsent(digestOf(layer, "layer"), layer);
            kinds.putIfAbsent(digestOf(layer, "layer"), "layer");
        }
        BlobDownloader downloader = new BlobDownloader(session, repo, store, listener);
        List<ParallelTasks.Task> tasks = new ArrayList<>();
        for (Map.Entry<Digest, Descriptor> e : blobs.entrySet()) {
            if (store.has(e.getKey())) {
                listener.on(new ProgressEvent.AlreadyExists(e.getKey()));
                continue;
            }
            listener.on(new ProgressEvent.Waiting(e.getKey()));
            tasks.add(() -> downloader.fetch(e.getValue(), kinds.get(e.getKey())));
        }
        ParallelTasks.run(tasks, parallel);
        keep(chosen);
        if (index.isPresent()) {
            keep(index.get());
        }
        Digest configDigest = manifest.config().digestValue();
        ImageConfig config = OciJson.read(store.read(configDigest), ImageConfig.class, "image config");
        return new PullResult(image, chosen.digest(), chosen.mediaType(), manifest, configDigest, config,
                index.map(ManifestFetcher.Fetched::digest));
    }

    private Descriptor choose(ImageIndex index) throws RegistryException {
        return index.select(platform).orElseThrow(() -> new RegistryException("no matching manifest for "
                + platform + " in the manifest list entries (available: " + index.manifests().stream()
                        .map(m -> m.platform() == null ? "unknown" : m.platform().toString())
                        .collect(Collectors.joining(", ")) + ")"));
    }

    private static Digest digestOf(Descriptor d, String kind) throws RegistryException {
        try {
            return d.digestValue();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RegistryException("invalid " + kind + " descriptor: " + (d.digest() == null
                    ? "no digest" : e.getMessage()));
        }
    }

    private void keep(ManifestFetcher.Fetched doc) throws IOException {
        if (store.has(doc.digest())) {
            return;
        }
        try (BlobWriter w = store.writer()) {
            w.stream().write(doc.bytes());
            w.commit(doc.digest(), doc.bytes().length);
        }
    }
}
