package io.jcompose.runtime.image.store;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.oci.Descriptor;
import io.jcompose.runtime.image.oci.Platform;
import io.jcompose.runtime.image.ref.ImageReference;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;

/**
 * The engine's images: names (tags and digest references) pointing at manifests in a blob store, kept in one
 * atomically replaced index file. Content is deleted only when no remaining name, and no lease, reaches it.
 */
public final class ImageStore {

    private static final Pattern FULL_ID = Pattern.compile("(?:sha256:)?[a-f0-9]{64}");
    private static final Pattern ID_PREFIX = Pattern.compile("(?:sha256:)?[a-f0-9]{1,64}");

    private final BlobStore blobs;
    private final NameStorage storage;
    private final ImageContent content;
    final ReentrantLock lock = new ReentrantLock();
    private final Set<Lease> leases = ConcurrentHashMap.newKeySet();
    private final Map<Digest, StoredImage> resolved = new ConcurrentHashMap<>();
    private Map<String, NameEntry> entries = Map.of();

    public ImageStore(BlobStore blobs, NameStorage storage, Platform platform) throws IOException {
        this.blobs = blobs;
        this.storage = storage;
        this.content = new ImageContent(blobs, platform);
        Map<String, NameEntry> loaded = new LinkedHashMap<>();
        for (NameEntry e : storage.load()) {
            loaded.put(e.key(), e);
        }
        this.entries = loaded;
    }

    /** The store under the engine's image directory: an OCI layout with {@code index.json} as the name index. */
    public static ImageStore open(Path root) throws IOException {
        return new ImageStore(FileBlobStore.open(root), new IndexJsonStorage(root.resolve("index.json")),
                Platform.host());
    }

    public BlobStore blobs() {
        return blobs;
    }

    public ImageContent content() {
        return content;
    }

    /** Protection for blobs about to be written; see {@link Lease}. */
    public Lease lease() {
        return new Lease(leases, lock);
    }

    public List<NameEntry> entries() {
        lock.lock();
        try {
            return List.copyOf(entries.values());
        } finally {
            lock.unlock();
        }
    }

    /** Points {@code name} at {@code target}; an image that loses its last name this way stays, dangling. */
    public void tag(ImageReference name, Descriptor target) throws IOException {
        if (name.tag() != null && name.digest() != null) {
            throw new IllegalArgumentException("refusing to create a tag with a digest reference");
        }
        lock.lock();
        try {
            StoredImage image = image(target);
            Map<String, NameEntry> next = new LinkedHashMap<>(entries);
            NameEntry previous = next.put(name.toString(), new NameEntry(name, target));
            next.values().removeIf(e -> e.dangling() && sameImage(e, image.id()));
            if (previous != null && !sameImage(previous, image.id()) && namesOf(next, idOf(previous)).isEmpty()) {
                next.put(previous.target().digest(), new NameEntry(null, previous.target()));
            }
            commit(next);
        } finally {
            lock.unlock();
        }
    }

    /** {@code docker tag SOURCE NAME}: the new name points where the source does; returns the image ID. */
    public Digest tag(String source, ImageReference name) throws IOException {
        lock.lock();
        try {
            StoredImage image = resolve(source);
            tag(name, image.target());
            return image.id();
        } finally {
            lock.unlock();
        }
    }

    /** Keeps an image without a name (a nameless load); nothing changes if the image already has an entry. */
    public void addDangling(Descriptor target) throws IOException {
        lock.lock();
        try {
            StoredImage image = image(target);
            if (entries.values().stream().noneMatch(e -> sameImage(e, image.id()))) {
                Map<String, NameEntry> next = new LinkedHashMap<>(entries);
                next.put(target.digest(), new NameEntry(null, target));
                commit(next);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Removes one name; the image stays (dangling if it was its last name). Returns whether the name existed. */
    public boolean untag(ImageReference name) throws IOException {
        lock.lock();
        try {
            Optional<NameEntry> found = lookup(name);
            if (found.isEmpty()) {
                return false;
            }
            NameEntry e = found.get();
            Map<String, NameEntry> next = new LinkedHashMap<>(entries);
            next.remove(e.key());
            if (namesOf(next, idOf(e)).isEmpty() && danglingOf(next, idOf(e)).isEmpty()) {
                next.put(e.target().digest(), new NameEntry(null, e.target()));
            }
            commit(next);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** The entry for a name; a {@code name:tag@digest} is looked up by its digest, as docker does. */
    public Optional<NameEntry> lookup(ImageReference name) {
        ImageReference key = name.isDigested() ? name.onlyDigest(name.digestValue()) : name;
        lock.lock();
        try {
            NameEntry direct = entries.get(key.toString());
            if (direct != null || !key.isDigested()) {
                return Optional.ofNullable(direct);
            }
            return entries.values().stream()
                    .filter(e -> !e.dangling() && e.name().repository().equals(key.repository())
                            && e.target().digest().equals(key.digest()))
                    .findFirst();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Finds an image by name, full ID or unique ID prefix, in docker's order; {@link ImageException.NotFound} with
     * docker's wording otherwise, IllegalArgumentException for a malformed name.
     */
    public StoredImage resolve(String refOrId) throws IOException {
        lock.lock();
        try {
            if (FULL_ID.matcher(refOrId).matches()) {
                Digest id = Digest.of(refOrId.startsWith("sha256:") ? refOrId : "sha256:" + refOrId);
                return findById(id).orElseThrow(() -> new ImageException.NotFound(id.toString()));
            }
            ImageReference ref = ImageReference.parse(refOrId);
            Optional<NameEntry> named = lookup(ref);
            if (named.isPresent()) {
                return image(named.get().target());
            }
            if (ID_PREFIX.matcher(refOrId).matches()) {
                String prefix = refOrId.startsWith("sha256:") ? refOrId.substring(7) : refOrId;
                List<Digest> ids = imageIds().stream().filter(id -> id.hex().startsWith(prefix)).toList();
                if (ids.size() == 1) {
                    return findById(ids.getFirst()).orElseThrow();
                }
            }
            throw new ImageException.NotFound(ref.familiar());
        } finally {
            lock.unlock();
        }
    }

    /** Whether the text is a (possibly partial) image ID rather than a name, as rmi distinguishes them. */
    static boolean isIdPrefix(Digest imageId, String text) {
        String hex = text.startsWith("sha256:") ? text.substring(7) : text;
        return ID_PREFIX.matcher(text).matches() && imageId.hex().startsWith(hex);
    }

    /** Every image once, with its names in familiar form; images whose content is unreadable are left out. */
    public List<ImageSummary> list() {
        lock.lock();
        try {
            List<ImageSummary> out = new ArrayList<>();
            for (Digest id : imageIds()) {
                StoredImage image = findById(id).orElseThrow();
                out.add(new ImageSummary(id, repoTags(id), repoDigests(id), image.created(), image.size()));
            }
            return out;
        } finally {
            lock.unlock();
        }
    }

    public ImageDetails inspect(String refOrId) throws IOException {
        lock.lock();
        try {
            StoredImage image = resolve(refOrId);
            return new ImageDetails(image, repoTags(image.id()), repoDigests(image.id()));
        } finally {
            lock.unlock();
        }
    }

    List<String> repoTags(Digest id) {
        return namesOf(entries, id).stream().filter(n -> n.tag() != null).map(ImageReference::familiar)
                .sorted().toList();
    }

    List<String> repoDigests(Digest id) {
        return namesOf(entries, id).stream().filter(ImageReference::isDigested).map(ImageReference::familiar)
                .distinct().sorted().toList();
    }

    /** The names pointing at image {@code id}, in the current table. */
    List<ImageReference> names(Digest id) {
        return namesOf(entries, id);
    }

    private List<ImageReference> namesOf(Map<String, NameEntry> table, Digest id) {
        return table.values().stream().filter(e -> !e.dangling() && sameImage(e, id)).map(NameEntry::name).toList();
    }

    private List<NameEntry> danglingOf(Map<String, NameEntry> table, Digest id) {
        return table.values().stream().filter(e -> e.dangling() && sameImage(e, id)).toList();
    }

    private Set<Digest> imageIds() {
        Set<Digest> ids = new java.util.LinkedHashSet<>();
        for (NameEntry e : entries.values()) {
            Digest id = idOf(e);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    private Optional<StoredImage> findById(Digest id) {
        return entries.values().stream().filter(e -> id.equals(idOf(e))).findFirst().map(e -> resolved.get(
                e.targetDigest()));
    }

    boolean sameImage(NameEntry e, Digest id) {
        return id != null && id.equals(idOf(e));
    }

    /** The image ID of an entry, or null if its content cannot be read (a damaged store). */
    Digest idOf(NameEntry e) {
        try {
            return image(e.target()).id();
        } catch (IOException | IllegalArgumentException unreadable) {
            return null;
        }
    }

    StoredImage image(Descriptor target) throws IOException {
        StoredImage cached = resolved.get(target.digestValue());
        if (cached != null) {
            return cached;
        }
        if (!blobs.has(target.digestValue())) {
            throw new NoSuchFileException("image " + target.digest() + " is not in the store");
        }
        StoredImage image = content.image(target);
        resolved.put(target.digestValue(), image);
        return image;
    }

    /** Replaces the table, file first: if saving fails nothing changes. Callers hold the lock. */
    void commit(Map<String, NameEntry> next) throws IOException {
        storage.save(List.copyOf(next.values()));
        entries = next;
    }

    Map<String, NameEntry> table() {
        return entries;
    }

    /**
     * Deletes those of {@code digests} that no name and no lease keeps alive: what a failed or finished load wrote
     * but did not name. Returns what was deleted.
     */
    public Set<Digest> discardUnreferenced(java.util.Collection<Digest> digests) throws IOException {
        lock.lock();
        try {
            Set<Digest> doomed = new java.util.LinkedHashSet<>(digests);
            doomed.removeAll(liveBlobs());
            for (Digest d : doomed) {
                blobs.delete(d);
            }
            return doomed;
        } finally {
            lock.unlock();
        }
    }

    /** Digests kept alive by the current names and live leases. Callers hold the lock. */
    Set<Digest> liveBlobs() throws IOException {
        Set<Digest> live = new HashSet<>();
        for (NameEntry e : entries.values()) {
            live.addAll(content.reachable(e.target()));
        }
        for (Lease l : leases) {
            live.addAll(l.held());
        }
        return live;
    }
}
