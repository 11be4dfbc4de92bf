package io.jcompose.runtime.image.layer;

import io.jcompose.runtime.image.Digest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;

/**
 * Unpacked layers under {@code <root>/snapshots/<chain ID hex>/}, each unpacked once and shared by every image
 * that has the same chain. Unpacking and removal of one chain ID are serialised, so two pulls of the same layer
 * unpack it once: the second waits and then reuses it. One engine owns a state directory.
 */
public final class Snapshots {

    private static final Pattern HEX = Pattern.compile("[a-f0-9]{64}");

    private final Path dir;
    private final LayerExtractor extractor;
    private final ConcurrentHashMap<Digest, ReentrantLock> locks = new ConcurrentHashMap<>();

    public Snapshots(Path root, LayerExtractor extractor) throws IOException {
        this.dir = Files.createDirectories(root.resolve("snapshots"));
        this.extractor = extractor;
    }

    /**
     * Makes sure the snapshot of {@code layer} on top of the chain {@code parent} (null for a base layer) exists,
     * unpacking it if needed, and returns its chain ID. With a diff ID given, an existing snapshot is reused
     * without reading the blob, and the unpacked content is checked against it.
     */
    public Digest unpack(Digest parent, LayerBlob layer, ExtractOptions options) throws IOException {
        if (layer.diffId().isPresent()) {
            Digest chain = ChainId.of(parent, layer.diffId().get());
            if (!Files.isDirectory(path(chain))) {
                locked(chain, () -> {
                    if (!Files.isDirectory(path(chain))) {
                        extract(layer, path(chain), options);
                    }
                    return null;
                });
            }
            return chain;
        }
        Path incoming = dir.resolve(".incoming-" + UUID.randomUUID());
        Extracted extracted = extract(layer, incoming, options);
        Digest chain = ChainId.of(parent, extracted.diffId());
        try {
            locked(chain, () -> {
                if (!Files.isDirectory(path(chain))) {
                    Files.move(incoming, path(chain), StandardCopyOption.ATOMIC_MOVE);
                }
                return null;
            });
        } finally {
            Trees.delete(incoming);
        }
        return chain;
    }

    /** The overlay {@code lowerdir} list for an image's layers (diff IDs bottom first), top layer first. */
    public List<Path> lowerDirs(List<Digest> diffIds) throws IOException {
        List<Digest> chain = ChainId.all(diffIds);
        List<Path> dirs = new ArrayList<>(chain.size());
        for (int i = 0; i < chain.size(); i++) {
            Path path = path(chain.get(i));
            if (!Files.isDirectory(path)) {
                throw new IOException("layer " + i + " (diff ID " + diffIds.get(i) + ", chain ID " + chain.get(i)
                        + ") is not unpacked");
            }
            dirs.add(path);
        }
        Collections.reverse(dirs);
        return List.copyOf(dirs);
    }

    /** The directory of a chain ID, whether it exists or not. */
    public Path path(Digest chainId) {
        return dir.resolve(chainId.hex());
    }

    /** Every unpacked chain ID. */
    public Set<Digest> list() throws IOException {
        Set<Digest> all = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (HEX.matcher(name).matches() && Files.isDirectory(entry)) {
                    all.add(new Digest("sha256", name));
                }
            }
        }
        return Collections.unmodifiableSet(all);
    }

    /** Removes a snapshot that no image uses any more; false if it was not there. The store checks references. */
    public boolean remove(Digest chainId) throws IOException {
        return locked(chainId, () -> {
            Path path = path(chainId);
            if (!Files.isDirectory(path)) {
                return false;
            }
            Path trash = dir.resolve(".trash-" + chainId.hex() + "-" + UUID.randomUUID());
            Files.move(path, trash, StandardCopyOption.ATOMIC_MOVE);
            Trees.delete(trash);
            return true;
        });
    }

    /** Removes every snapshot whose chain ID is not in {@code inUse}; returns those removed. */
    public Set<Digest> prune(Set<Digest> inUse) throws IOException {
        Set<Digest> removed = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
        for (Digest chain : list()) {
            if (!inUse.contains(chain) && remove(chain)) {
                removed.add(chain);
            }
        }
        return Collections.unmodifiableSet(removed);
    }

    /** Deletes what a crash left behind (half-unpacked and half-removed directories); call before first use. */
    public void recover() throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, ".*")) {
            for (Path entry : entries) {
                Trees.delete(entry);
            }
        }
    }

    private Extracted extract(LayerBlob layer, Path target, ExtractOptions options) throws IOException {
        try (InputStream in = layer.opener().open()) {
            return extractor.extract(layer.digest().toString(), in, target, layer.diffId(), options);
        }
    }

    private interface Work<T> {
        T run() throws IOException;
    }

    private <T> T locked(Digest chain, Work<T> work) throws IOException {
        ReentrantLock lock = locks.computeIfAbsent(chain, k -> new ReentrantLock());
        lock.lock();
        try {
            return work.run();
        } finally {
            lock.unlock();
        }
    }
}
