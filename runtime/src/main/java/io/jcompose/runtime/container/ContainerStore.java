package io.jcompose.runtime.container;

import io.jcompose.runtime.image.store.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * The engine's containers: one directory each under {@code STATE/containers}, the record written atomically on
 * every change and read back when the engine starts; lookups follow docker (full ID, exact name, unique prefix).
 */
public final class ContainerStore {

    private static final Logger LOG = LoggerFactory.getLogger(ContainerStore.class);
    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final Path root;
    private final Map<ContainerId, ContainerRecord> records = new ConcurrentHashMap<>();

    private ContainerStore(Path root) {
        this.root = root;
    }

    /** Opens the store under {@code state}, reading every saved record; unreadable ones are logged and skipped. */
    public static ContainerStore open(Path state) throws IOException {
        ContainerStore store = new ContainerStore(Files.createDirectories(state.resolve("containers")));
        try (Stream<Path> dirs = Files.list(store.root)) {
            for (Path dir : dirs.toList()) {
                Path file = new ContainerLayout(dir).record();
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                try {
                    ContainerRecord record = JSON.readValue(file.toFile(), ContainerRecord.class);
                    store.records.put(record.id(), record);
                } catch (RuntimeException e) {
                    LOG.warn("skipping unreadable container record {}: {}", file, e.getMessage());
                }
            }
        }
        return store;
    }

    public ContainerLayout layout(ContainerId id) {
        return new ContainerLayout(root.resolve(id.hex()));
    }

    /**
     * Adds a new container, refusing a name in use with docker's message; makes its directory. The check and
     * the insert are one step, so two creates with one name cannot both win.
     */
    public synchronized void add(ContainerRecord record) throws IOException {
        refuseNameInUse(record.name(), record.id());
        Files.createDirectories(layout(record.id()).dir());
        write(record);
        records.put(record.id(), record);
    }

    /** Saves a changed record. */
    public synchronized void update(ContainerRecord record) throws IOException {
        if (!records.containsKey(record.id())) {
            throw ContainerException.notFound(record.id().hex());
        }
        write(record);
        records.put(record.id(), record);
    }

    /** Renames, with the same conflict rule as create. */
    public synchronized ContainerRecord rename(ContainerId id, ContainerName name) throws IOException {
        refuseNameInUse(name, id);
        ContainerRecord renamed = get(id).withName(name);
        update(renamed);
        return renamed;
    }

    /** Forgets a container; its directory is the caller's to delete (after unmounting). */
    public synchronized void remove(ContainerId id) throws IOException {
        records.remove(id);
        Files.deleteIfExists(layout(id).record());
    }

    public ContainerRecord get(ContainerId id) {
        ContainerRecord record = records.get(id);
        if (record == null) {
            throw ContainerException.notFound(id.hex());
        }
        return record;
    }

    /** Finds by full ID, then exact name (with or without the slash), then a unique ID prefix. */
    public ContainerRecord find(String idOrName) {
        return lookup(idOrName).orElseThrow(() -> ContainerException.notFound(idOrName));
    }

    public Optional<ContainerRecord> lookup(String idOrName) {
        if (idOrName.isEmpty()) {
            return Optional.empty();
        }
        String name = idOrName.startsWith("/") ? idOrName.substring(1) : idOrName;
        List<ContainerRecord> prefixed = new ArrayList<>();
        for (ContainerRecord record : records.values()) {
            if (record.id().hex().equals(idOrName) || record.name().value().equals(name)) {
                return Optional.of(record);
            }
            if (record.id().hex().startsWith(idOrName)) {
                prefixed.add(record);
            }
        }
        if (prefixed.size() > 1) {
            throw new ContainerException(ContainerException.Kind.INVALID,
                    "Multiple IDs found with provided prefix: " + idOrName);
        }
        return prefixed.stream().findFirst();
    }

    /** All containers, newest first as {@code docker ps} lists them. */
    public List<ContainerRecord> all() {
        return records.values().stream().sorted(Comparator.comparing(ContainerRecord::created).reversed()).toList();
    }

    private void refuseNameInUse(ContainerName name, ContainerId self) {
        for (ContainerRecord other : records.values()) {
            if (other.name().equals(name) && !other.id().equals(self)) {
                throw new ContainerException(ContainerException.Kind.CONFLICT, "Conflict. The container name \"/"
                        + name + "\" is already in use by container \"" + other.id()
                        + "\". You have to remove (or rename) that container to be able to reuse that name.");
            }
        }
    }

    private void write(ContainerRecord record) throws IOException {
        AtomicFiles.write(layout(record.id()).record(), JSON.writeValueAsBytes(record));
    }
}
