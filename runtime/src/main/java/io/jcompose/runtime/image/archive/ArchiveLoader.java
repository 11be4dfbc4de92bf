package io.jcompose.runtime.image.archive;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.oci.Descriptor;
import io.jcompose.runtime.image.oci.ImageConfig;
import io.jcompose.runtime.image.oci.ImageIndex;
import io.jcompose.runtime.image.oci.Manifest;
import io.jcompose.runtime.image.oci.MediaTypes;
import io.jcompose.runtime.image.oci.OciJson;
import io.jcompose.runtime.image.ref.ImageReference;
import io.jcompose.runtime.image.store.ImageStore;
import io.jcompose.runtime.image.store.IndexJsonStorage;
import io.jcompose.runtime.image.store.Lease;
import io.jcompose.runtime.image.store.StoredImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code docker load}: reads a {@code docker save} archive (the classic {@code <id>/layer.tar} layout or docker
 * 25's OCI layout with a manifest.json) or an OCI archive into the store. Every blob is checked against its digest
 * and every layer against its config's diff ID before any name is set; what the archive held but no image uses is
 * not kept.
 */
public final class ArchiveLoader {

    private final ImageStore store;

    public ArchiveLoader(ImageStore store) {
        this.store = store;
    }

    /** One image of the archive: what to point names at, and the names. */
    private record Found(String what, Descriptor target, List<ImageReference> names) {
    }

    public LoadResult load(InputStream archive) throws IOException {
        ArchiveContents contents = new ArchiveContents();
        Set<Digest> made = new HashSet<>();
        Lease lease = store.lease();
        try {
            contents.read(archive, store.blobs(), lease);
            List<Found> images = contents.metadata("manifest.json") != null
                    ? dockerImages(contents, lease, made) : ociImages(contents);
            for (Found f : images) {
                verify(f);
            }
            List<ImageReference> names = new ArrayList<>();
            Set<Digest> named = new HashSet<>();
            for (Found f : images) {
                for (ImageReference n : f.names()) {
                    store.tag(n, f.target());
                    names.add(n);
                    named.add(store.content().image(f.target()).id());
                }
            }
            Set<Digest> unnamed = new java.util.LinkedHashSet<>();
            for (Found f : images) {
                Digest id = store.content().image(f.target()).id();
                if (f.names().isEmpty() && !named.contains(id)) {
                    store.addDangling(f.target());
                    unnamed.add(id);
                }
            }
            return new LoadResult(names, List.copyOf(unnamed));
        } finally {
            lease.close();
            made.addAll(contents.written());
            store.discardUnreferenced(made);
        }
    }

    private List<Found> dockerImages(ArchiveContents c, Lease lease, Set<Digest> made) throws IOException {
        DockerManifestEntry[] entries = OciJson.read(c.metadata("manifest.json"), DockerManifestEntry[].class,
                "manifest.json in the archive");
        ImageIndex index = c.metadata("index.json") == null ? null
                : OciJson.read(c.metadata("index.json"), ImageIndex.class, "index.json in the archive");
        List<Found> out = new ArrayList<>();
        for (int i = 0; i < entries.length; i++) {
            DockerManifestEntry e = entries[i];
            String what = "manifest.json entry " + (i + 1);
            if (e.config() == null || e.layers() == null) {
                throw new ArchiveException(what + " has no Config or no Layers");
            }
            Digest config = c.blob(e.config(), "the Config of " + what);
            List<Digest> layers = new ArrayList<>();
            for (String path : e.layers()) {
                layers.add(c.blob(path, "a layer of " + what));
            }
            Descriptor target = index == null ? null : manifestFor(index, config);
            if (target == null) {
                target = synthesize(config, layers, lease);
                made.add(target.digestValue());
            }
            out.add(new Found(what, target, names(e.repoTags(), what)));
        }
        return out;
    }

    private List<Found> ociImages(ArchiveContents c) throws IOException {
        if (c.metadata("index.json") == null) {
            throw new ArchiveException("the archive has neither manifest.json nor index.json: "
                    + "it is not a docker save or OCI archive");
        }
        ImageIndex index = OciJson.read(c.metadata("index.json"), ImageIndex.class, "index.json in the archive");
        List<Found> out = new ArrayList<>();
        for (int i = 0; i < index.manifests().size(); i++) {
            Descriptor d = index.manifests().get(i);
            String what = "index.json entry " + (i + 1);
            Digest digest = c.blob("blobs/" + d.digestValue().algorithm() + "/" + d.digestValue().hex(), what);
            String mediaType = d.mediaType() != null ? d.mediaType()
                    : OciJson.mediaTypeOf(store.blobs().read(digest));
            Descriptor target = new Descriptor(mediaType, d.digest(), d.size(), null, null, null);
            out.add(new Found(what, target, ociName(d.annotations(), what)));
        }
        return out;
    }

    /** Docker writes the full name in containerd's annotation; other tools put a name or a bare tag in ref.name. */
    private static List<ImageReference> ociName(Map<String, String> annotations, String what) {
        if (annotations == null) {
            return List.of();
        }
        String full = annotations.get(IndexJsonStorage.NAME_ANNOTATION);
        String ref = annotations.get(IndexJsonStorage.REF_NAME_ANNOTATION);
        if (full == null && ref != null && (ref.contains("/") || ref.contains(":") || ref.contains("@"))) {
            full = ref;
        }
        return full == null ? List.of() : names(List.of(full), what);
    }

    private static List<ImageReference> names(List<String> texts, String what) {
        List<ImageReference> out = new ArrayList<>();
        for (String t : texts == null ? List.<String>of() : texts) {
            try {
                out.add(ImageReference.parse(t));
            } catch (IllegalArgumentException e) {
                throw new ArchiveException(what + ": invalid image name \"" + t + "\": " + e.getMessage());
            }
        }
        return out;
    }

    /** The archive's own manifest for {@code config} (docker 25+ archives carry them in index.json), or null. */
    private Descriptor manifestFor(ImageIndex index, Digest config) throws IOException {
        List<Descriptor> candidates = new ArrayList<>(index.manifests());
        for (int i = 0; i < candidates.size(); i++) {
            Descriptor d = candidates.get(i);
            if (!store.blobs().has(d.digestValue())) {
                continue;
            }
            byte[] json = store.blobs().read(d.digestValue());
            String type = OciJson.mediaTypeOf(json);
            if (MediaTypes.isIndex(type)) {
                candidates.addAll(OciJson.read(json, ImageIndex.class, "image index " + d.digest()).manifests());
            } else if (MediaTypes.isManifest(type)) {
                Manifest m = OciJson.read(json, Manifest.class, "image manifest " + d.digest());
                if (m.config() != null && config.toString().equals(m.config().digest())) {
                    return new Descriptor(type, d.digest(), json.length, null, null, null);
                }
            }
        }
        return null;
    }

    private Descriptor synthesize(Digest config, List<Digest> layers, Lease lease) throws IOException {
        List<Descriptor> layerDescriptors = new ArrayList<>();
        for (Digest l : layers) {
            String type = LayerDigests.mediaType(LayerDigests.compression(store.blobs(), l));
            layerDescriptors.add(Descriptor.of(type, l, store.blobs().size(l)));
        }
        Manifest m = new Manifest(2, MediaTypes.OCI_MANIFEST,
                Descriptor.of(MediaTypes.OCI_CONFIG, config, store.blobs().size(config)), layerDescriptors, null);
        byte[] json = OciJson.write(m);
        lease.protect(Digest.sha256(json));
        return Descriptor.of(MediaTypes.OCI_MANIFEST, store.blobs().write(json), json.length);
    }

    /** Every blob the image needs is here with the announced size, and each layer matches its diff ID. */
    private void verify(Found f) throws IOException {
        StoredImage image;
        try {
            if (f.target().size() != store.blobs().size(f.target().digestValue())) {
                throw new ArchiveException(f.what() + ": manifest " + f.target().digest() + " is "
                        + store.blobs().size(f.target().digestValue()) + " bytes, the descriptor says "
                        + f.target().size());
            }
            image = store.content().image(f.target());
        } catch (NoSuchFileException e) {
            throw new ArchiveException(f.what() + ": the archive is incomplete: " + e.getMessage());
        }
        ImageConfig.RootFs rootfs = image.config().rootfs();
        List<String> diffIds = rootfs == null || rootfs.diffIds() == null ? List.of() : rootfs.diffIds();
        List<Descriptor> layers = image.manifest().layers();
        if (diffIds.size() != layers.size()) {
            throw new ArchiveException(f.what() + ": " + layers.size() + " layers but the config lists "
                    + diffIds.size() + " diff_ids");
        }
        for (int i = 0; i < layers.size(); i++) {
            Descriptor l = layers.get(i);
            if (!store.blobs().has(l.digestValue())) {
                throw new ArchiveException(f.what() + ": the archive is missing layer " + l.digest());
            }
            long size = store.blobs().size(l.digestValue());
            if (size != l.size()) {
                throw new ArchiveException(f.what() + ": layer " + l.digest() + " is " + size
                        + " bytes, the manifest says " + l.size());
            }
            Digest diffId = LayerDigests.diffId(store.blobs(), l.digestValue());
            if (!diffId.toString().equals(diffIds.get(i))) {
                throw new ArchiveException(f.what() + ": layer " + (i + 1) + " (" + l.digest()
                        + ") does not match the config: its content is " + diffId + ", the diff_id is "
                        + diffIds.get(i));
            }
        }
    }
}
