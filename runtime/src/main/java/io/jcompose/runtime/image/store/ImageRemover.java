package io.jcompose.runtime.image.store;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.image.oci.Descriptor;
import io.jcompose.runtime.image.ref.ImageReference;
import io.jcompose.runtime.image.store.ImageUsers.ContainerUse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code docker rmi} and {@code image prune} over an {@link ImageStore}, with docker's rules: a name given is
 * untagged first and the image goes only with its last name; an ID given removes the image and its names unless
 * several repositories share it; images used by containers are kept unless forced (running ones always).
 */
public final class ImageRemover {

    private final ImageStore store;

    public ImageRemover(ImageStore store) {
        this.store = store;
    }

    public List<RemoveResult> remove(String refOrId, boolean force, ImageUsers users) throws IOException {
        store.lock.lock();
        try {
            StoredImage image = store.resolve(refOrId);
            Digest id = image.id();
            Map<String, NameEntry> table = new LinkedHashMap<>(store.table());
            List<RemoveResult> records = new ArrayList<>();
            boolean quiet = false;
            if (!ImageStore.isIdPrefix(id, refOrId)) {
                List<ImageReference> refs = names(table, id);
                if (!force && isSingleReference(refs)) {
                    List<ContainerUse> using = users.containersUsing(id);
                    if (!using.isEmpty()) {
                        throw new ImageException.Conflict("conflict: unable to remove repository reference \""
                                + refOrId + "\" (must force) - container " + using.getFirst().shortId()
                                + " is using its referenced image " + id.shortHex());
                    }
                }
                NameEntry entry = store.lookup(ImageReference.parse(refOrId)).orElseThrow();
                table.remove(entry.key());
                records.add(new RemoveResult.Untagged(entry.name().familiar()));
                if (!entry.name().isDigested()) {
                    untagDigestsIfNoTagLeft(table, id, entry.name(), records);
                }
                if (!names(table, id).isEmpty()) {
                    store.commit(table);
                    return records;
                }
                quiet = true;
            } else if (isSingleReference(names(table, id))) {
                ImageException.Conflict conflict = conflict(table, id, force, users, false);
                if (conflict != null) {
                    throw conflict;
                }
                untagAll(table, id, records);
            }
            return deleteImage(table, image, force, users, quiet, records);
        } finally {
            store.lock.unlock();
        }
    }

    /** Removes dangling images no container uses, and their content. */
    public List<RemoveResult> prune(ImageUsers users) throws IOException {
        store.lock.lock();
        try {
            List<RemoveResult> records = new ArrayList<>();
            for (NameEntry e : List.copyOf(store.table().values())) {
                Digest id = store.idOf(e);
                if (e.dangling() && id != null && store.names(id).isEmpty() && users.containersUsing(id).isEmpty()
                        && store.table().containsKey(e.key())) {
                    Map<String, NameEntry> table = new LinkedHashMap<>(store.table());
                    deleteImage(table, store.image(e.target()), true, users, false, records);
                }
            }
            return records;
        } finally {
            store.lock.unlock();
        }
    }

    /**
     * Deletes every blob that no name and no lease reaches (what a crash between writing blobs and naming them
     * leaves). Safe only while every writer holds a {@link Lease}. Returns what was deleted.
     */
    public Set<Digest> collectGarbage() throws IOException {
        store.lock.lock();
        try {
            Set<Digest> live = store.liveBlobs();
            Set<Digest> deleted = new LinkedHashSet<>();
            for (Digest d : store.blobs().list()) {
                if (!live.contains(d)) {
                    store.blobs().delete(d);
                    deleted.add(d);
                }
            }
            return deleted;
        } finally {
            store.lock.unlock();
        }
    }

    private List<RemoveResult> deleteImage(Map<String, NameEntry> table, StoredImage image, boolean force,
            ImageUsers users, boolean quiet, List<RemoveResult> records) throws IOException {
        Digest id = image.id();
        boolean dangling = names(table, id).isEmpty();
        ImageException.Conflict conflict = conflict(table, id, force, users, true);
        if (conflict != null) {
            boolean used = !users.containersUsing(id).isEmpty();
            if (quiet && (!dangling || used)) {
                keepDangling(table, image.target(), id);
                store.commit(table);
                return records;
            }
            throw conflict;
        }
        untagAll(table, id, records);
        List<Descriptor> targets = new ArrayList<>();
        for (NameEntry e : List.copyOf(table.values())) {
            if (store.sameImage(e, id)) {
                targets.add(e.target());
                table.remove(e.key());
            }
        }
        targets.add(image.target());
        store.commit(table);
        Set<Digest> candidates = new LinkedHashSet<>();
        for (Descriptor t : targets) {
            candidates.addAll(store.content().reachable(t));
        }
        candidates.removeAll(store.liveBlobs());
        for (Digest d : candidates) {
            store.blobs().delete(d);
        }
        records.add(new RemoveResult.Deleted(id.toString()));
        for (Descriptor layer : image.manifest().layers()) {
            if (candidates.contains(layer.digestValue())) {
                records.add(new RemoveResult.Deleted(layer.digest()));
            }
        }
        return records;
    }

    /** Docker's delete conflicts: running containers always; stopped ones and other names unless forced. */
    private ImageException.Conflict conflict(Map<String, NameEntry> table, Digest id, boolean force,
            ImageUsers users, boolean checkNames) {
        List<ContainerUse> using = users.containersUsing(id);
        Optional<ContainerUse> running = using.stream().filter(ContainerUse::running).findFirst();
        if (running.isPresent()) {
            return deleteConflict(id, "cannot be forced", "image is being used by running container "
                    + running.get().shortId());
        }
        if (force) {
            return null;
        }
        if (checkNames && !names(table, id).isEmpty()) {
            return deleteConflict(id, "must be forced", "image is referenced in multiple repositories");
        }
        return using.isEmpty() ? null : deleteConflict(id, "must be forced", "image is being used by stopped container "
                + using.getFirst().shortId());
    }

    private static ImageException.Conflict deleteConflict(Digest id, String force, String why) {
        return new ImageException.Conflict("conflict: unable to delete " + id.shortHex() + " (" + force + ") - " + why);
    }

    /** After a tag goes, digest references of that repository go too when no tag of the repository is left. */
    private void untagDigestsIfNoTagLeft(Map<String, NameEntry> table, Digest id, ImageReference removed,
            List<RemoveResult> records) {
        List<ImageReference> left = names(table, id);
        boolean tagLeft = left.stream().anyMatch(r -> !r.isDigested() && r.repository().equals(removed.repository()));
        if (!tagLeft) {
            for (ImageReference r : left) {
                if (r.isDigested() && r.repository().equals(removed.repository())) {
                    table.remove(r.toString());
                    records.add(new RemoveResult.Untagged(r.familiar()));
                }
            }
        }
    }

    private void untagAll(Map<String, NameEntry> table, Digest id, List<RemoveResult> records) {
        for (ImageReference r : names(table, id)) {
            table.remove(r.toString());
            records.add(new RemoveResult.Untagged(r.familiar()));
        }
    }

    private void keepDangling(Map<String, NameEntry> table, Descriptor target, Digest id) {
        if (table.values().stream().noneMatch(e -> store.sameImage(e, id))) {
            table.put(target.digest(), new NameEntry(null, target));
        }
    }

    private List<ImageReference> names(Map<String, NameEntry> table, Digest id) {
        return table.values().stream().filter(e -> !e.dangling() && store.sameImage(e, id))
                .map(NameEntry::name).toList();
    }

    /** At most one tag, and every name in one repository: docker then treats the names as the image itself. */
    static boolean isSingleReference(List<ImageReference> refs) {
        if (refs.size() <= 1) {
            return refs.size() == 1;
        }
        ImageReference single = null;
        Set<String> digestRepos = new LinkedHashSet<>();
        for (ImageReference r : refs) {
            if (r.isDigested()) {
                digestRepos.add(r.repository());
            } else if (single == null) {
                single = r;
            } else {
                return false;
            }
        }
        String repo = (single == null ? refs.getFirst() : single).repository();
        return digestRepos.size() == 1 && digestRepos.contains(repo);
    }
}
