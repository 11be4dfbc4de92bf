package io.jcompose.runtime.image.store;

import io.jcompose.runtime.image.oci.Descriptor;
import io.jcompose.runtime.image.oci.ImageIndex;
import io.jcompose.runtime.image.oci.MediaTypes;
import io.jcompose.runtime.image.oci.OciJson;
import io.jcompose.runtime.image.ref.ImageReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The image index as the OCI layout's {@code index.json}, names in the annotations containerd and docker use, so
 * the store directory stays a valid OCI layout. Written with temp file, fsync and rename.
 */
public final class IndexJsonStorage implements NameStorage {

    public static final String NAME_ANNOTATION = "io.containerd.image.name";
    public static final String REF_NAME_ANNOTATION = "org.opencontainers.image.ref.name";

    private final Path file;

    public IndexJsonStorage(Path file) {
        this.file = file;
    }

    @Override
    public List<NameEntry> load() throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        ImageIndex index = OciJson.read(Files.readAllBytes(file), ImageIndex.class, "image index " + file);
        List<NameEntry> entries = new ArrayList<>();
        for (Descriptor d : index.manifests()) {
            String name = d.annotations() == null ? null : d.annotations().get(NAME_ANNOTATION);
            try {
                entries.add(new NameEntry(name == null ? null : ImageReference.parse(name), d.withAnnotations(null)));
            } catch (IllegalArgumentException e) {
                throw new IOException("invalid entry in image index " + file + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(entries);
    }

    @Override
    public void save(List<NameEntry> entries) throws IOException {
        List<Descriptor> manifests = new ArrayList<>();
        for (NameEntry e : entries) {
            manifests.add(e.target().withAnnotations(annotations(e.name())));
        }
        AtomicFiles.write(file, OciJson.write(new ImageIndex(2, MediaTypes.OCI_INDEX, manifests, null)));
    }

    /** The annotations docker 25+ writes: the full name, and the tag alone as the OCI ref name. */
    public static Map<String, String> annotations(ImageReference name) {
        if (name == null) {
            return null;
        }
        TreeMap<String, String> a = new TreeMap<>();
        a.put(NAME_ANNOTATION, name.toString());
        if (name.tag() != null) {
            a.put(REF_NAME_ANNOTATION, name.tag());
        }
        return Collections.unmodifiableSortedMap(a);
    }
}
