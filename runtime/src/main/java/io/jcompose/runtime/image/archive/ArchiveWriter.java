package io.jcompose.runtime.image.archive;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.oci.Descriptor;
import io.jcompose.runtime.image.oci.ImageIndex;
import io.jcompose.runtime.image.oci.MediaTypes;
import io.jcompose.runtime.image.oci.OciJson;
import io.jcompose.runtime.image.ref.ImageReference;
import io.jcompose.runtime.image.store.BlobStore;
import io.jcompose.runtime.image.store.ImageStore;
import io.jcompose.runtime.image.store.IndexJsonStorage;
import io.jcompose.runtime.image.store.StoredImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * {@code docker save}: writes images as a tar in the layout docker 25+ writes (an OCI image layout plus
 * manifest.json and repositories), which both {@code docker load} and OCI tools read; the OCI format leaves the
 * docker files out. Blobs are copied as stored, compressed or not.
 */
public final class ArchiveWriter {

    /** Which archive to write. */
    public enum Format { DOCKER, OCI }

    private static final FileTime EPOCH = FileTime.fromMillis(0);

    private final ImageStore store;

    public ArchiveWriter(ImageStore store) {
        this.store = store;
    }

    private record Saved(StoredImage image, Descriptor target, List<ImageReference> tags) {
    }

    /** Saves the named images (names or IDs, as {@code docker save} takes them) to {@code out}. */
    public void save(List<String> refsOrIds, Format format, OutputStream out) throws IOException {
        Map<Digest, Saved> images = new LinkedHashMap<>();
        for (String arg : refsOrIds) {
            StoredImage image = store.resolve(arg);
            Saved saved = images.computeIfAbsent(image.id(), id -> new Saved(image, completeTarget(image),
                    new ArrayList<>()));
            ImageReference name = nameGiven(arg, image);
            if (name != null && !saved.tags().contains(name)) {
                saved.tags().add(name);
            }
        }
        Set<Digest> blobs = new LinkedHashSet<>();
        for (Saved s : images.values()) {
            blobs.addAll(store.content().reachable(s.target()));
        }
        TarArchiveOutputStream tar = new TarArchiveOutputStream(new NonClosingOutputStream(out));
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        directory(tar, "blobs/");
        directory(tar, "blobs/sha256/");
        for (Digest d : blobs) {
            copyBlob(tar, store.blobs(), d);
        }
        file(tar, "oci-layout", "{\"imageLayoutVersion\":\"1.0.0\"}".getBytes(StandardCharsets.UTF_8));
        file(tar, "index.json", OciJson.write(index(images.values())));
        if (format == Format.DOCKER) {
            file(tar, "manifest.json", OciJson.write(manifestJson(images.values())));
            file(tar, "repositories", OciJson.write(repositories(images.values())));
        }
        tar.finish();
        tar.close();
    }

    /** The tag to record for an argument: only a name given with a tag (an ID or digest records none). */
    private ImageReference nameGiven(String arg, StoredImage image) {
        if (store.entries().stream().noneMatch(e -> !e.dangling() && e.name().toString().equals(
                parseOrNull(arg)))) {
            return null;
        }
        ImageReference ref = ImageReference.parse(arg);
        return ref.isDigested() ? null : ref;
    }

    private static String parseOrNull(String arg) {
        try {
            return ImageReference.parse(arg).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** An index whose other platforms were never pulled is saved as the platform's manifest alone. */
    private Descriptor completeTarget(StoredImage image) {
        try {
            Descriptor target = image.target();
            if (MediaTypes.isIndex(target.mediaType())) {
                ImageIndex index = OciJson.read(store.blobs().read(target.digestValue()), ImageIndex.class, "index");
                for (Descriptor m : index.manifests()) {
                    if (!store.content().reachable(m).containsAll(needed(m))) {
                        return image.manifestDescriptor();
                    }
                }
            }
            return target;
        } catch (IOException e) {
            return image.manifestDescriptor();
        }
    }

    private Set<Digest> needed(Descriptor manifest) throws IOException {
        if (!store.blobs().has(manifest.digestValue())) {
            return Set.of(manifest.digestValue());
        }
        StoredImage img = store.content().image(manifest);
        Set<Digest> all = new LinkedHashSet<>();
        all.add(img.id());
        img.manifest().layers().forEach(l -> all.add(l.digestValue()));
        return all;
    }

    private static ImageIndex index(Iterable<Saved> images) {
        List<Descriptor> entries = new ArrayList<>();
        for (Saved s : images) {
            Descriptor plain = new Descriptor(s.target().mediaType(), s.target().digest(), s.target().size(), null,
                    null, null);
            if (s.tags().isEmpty()) {
                entries.add(plain);
            }
            for (ImageReference tag : s.tags()) {
                entries.add(plain.withAnnotations(IndexJsonStorage.annotations(tag)));
            }
        }
        return new ImageIndex(2, MediaTypes.OCI_INDEX, entries, null);
    }

    private static List<DockerManifestEntry> manifestJson(Iterable<Saved> images) {
        List<DockerManifestEntry> out = new ArrayList<>();
        for (Saved s : images) {
            List<String> layers = s.image().manifest().layers().stream().map(l -> blobPath(l.digestValue())).toList();
            List<String> tags = s.tags().stream().map(ImageReference::familiar).toList();
            out.add(new DockerManifestEntry(blobPath(s.image().id()), tags.isEmpty() ? null : tags, layers));
        }
        return out;
    }

    private static Map<String, Map<String, String>> repositories(Iterable<Saved> images) {
        Map<String, Map<String, String>> repos = new TreeMap<>();
        for (Saved s : images) {
            List<Descriptor> layers = s.image().manifest().layers();
            if (layers.isEmpty()) {
                continue;
            }
            for (ImageReference tag : s.tags()) {
                repos.computeIfAbsent(tag.familiarRepository(), r -> new TreeMap<>())
                        .put(tag.tag(), layers.getLast().digestValue().hex());
            }
        }
        return repos;
    }

    static String blobPath(Digest d) {
        return "blobs/" + d.algorithm() + "/" + d.hex();
    }

    private static void copyBlob(TarArchiveOutputStream tar, BlobStore blobs, Digest d) throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(blobPath(d));
        e.setSize(blobs.size(d));
        e.setMode(0100644);
        e.setLastModifiedTime(EPOCH);
        tar.putArchiveEntry(e);
        try (InputStream in = blobs.open(d)) {
            in.transferTo(tar);
        }
        tar.closeArchiveEntry();
    }

    private static void file(TarArchiveOutputStream tar, String name, byte[] content) throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setSize(content.length);
        e.setMode(0100644);
        e.setLastModifiedTime(EPOCH);
        tar.putArchiveEntry(e);
        tar.write(content);
        tar.closeArchiveEntry();
    }

    private static void directory(TarArchiveOutputStream tar, String name) throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setMode(040755);
        e.setLastModifiedTime(EPOCH);
        tar.putArchiveEntry(e);
        tar.closeArchiveEntry();
    }
}
