package io.jcompose.runtime.volume;

import io.jcompose.runtime.image.store.AtomicFiles;
import io.jcompose.volumes.VolumeException;
import io.jcompose.volumes.VolumeName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The engine's volumes as files, laid out like docker's local driver: {@code STATE/volumes/NAME/_data} holds the
 * data, {@code volume.json} beside it the record (written atomically); everything is read back at start.
 */
public final class VolumeStore {

    private static final Logger LOG = LoggerFactory.getLogger(VolumeStore.class);
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final Path root;
    private final Map<String, VolumeRecord> records = new ConcurrentHashMap<>();

    private VolumeStore(Path root) {
        this.root = root;
    }

    /** Opens {@code STATE/volumes}, reading every record; unreadable ones are logged and skipped. */
    public static VolumeStore open(Path state) throws IOException {
        Path root = state.resolve("volumes");
        if (!Files.isDirectory(root)) {
            Files.createDirectories(root, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
        }
        VolumeStore store = new VolumeStore(root);
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                Path file = dir.resolve("volume.json");
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                try {
                    VolumeRecord r = JSON.readValue(file.toFile(), VolumeRecord.class);
                    store.records.put(r.name(), r);
                } catch (RuntimeException e) {
                    LOG.warn("skipping unreadable volume record {}: {}", file, e.getMessage());
                }
            }
        }
        return store;
    }

    public Path root() {
        return root;
    }

    /** The volume's directory: record and data. */
    public Path dir(VolumeName name) {
        return root.resolve(name.value());
    }

    /** Where its data lives and what containers bind: {@code NAME/_data}. */
    public Path data(VolumeName name) {
        return dir(name).resolve("_data");
    }

    /** Makes the data directory (mode 0755, docker's) and saves the record. */
    public synchronized void add(VolumeRecord record) throws IOException {
        VolumeName name = VolumeName.of(record.name());
        Files.createDirectories(dir(name));
        Path data = data(name);
        if (!Files.isDirectory(data)) {
            Files.createDirectory(data, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwxr-xr-x")));
        }
        AtomicFiles.write(dir(name).resolve("volume.json"), JSON.writeValueAsBytes(record));
        records.put(record.name(), record);
    }

    public Optional<VolumeRecord> lookup(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(records.get(name));
    }

    /** The volume, or docker's {@code get NAME: no such volume}. */
    public VolumeRecord get(String name) {
        return lookup(name).orElseThrow(() -> VolumeException.notFound(name));
    }

    /** All volumes by name. */
    public List<VolumeRecord> all() {
        return records.values().stream().sorted(Comparator.comparing(VolumeRecord::name)).toList();
    }

    /** Forgets the volume and deletes its directory; the caller made sure nothing is mounted on its data. */
    public synchronized void remove(String name) throws IOException {
        VolumeRecord record = get(name);
        records.remove(name);
        Path dir = dir(VolumeName.of(record.name()));
        Files.deleteIfExists(dir.resolve("volume.json"));
        io.jcompose.runtime.image.layer.Trees.delete(dir);
    }
}
