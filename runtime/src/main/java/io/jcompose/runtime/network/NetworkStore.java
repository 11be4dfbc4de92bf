package io.jcompose.runtime.network;

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
 * The engine's networks, one JSON file each under {@code STATE/networks}, read back when the engine starts;
 * lookups follow docker (full ID, exact name, then a unique ID prefix).
 */
public final class NetworkStore {

    private static final Logger LOG = LoggerFactory.getLogger(NetworkStore.class);
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final Path dir;
    private final Map<String, NetworkRecord> records = new ConcurrentHashMap<>();

    private NetworkStore(Path dir) {
        this.dir = dir;
    }

    public static NetworkStore open(Path state) throws IOException {
        NetworkStore store = new NetworkStore(Files.createDirectories(state.resolve("networks")));
        try (Stream<Path> files = Files.list(store.dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                try {
                    NetworkRecord r = JSON.readValue(file.toFile(), NetworkRecord.class);
                    store.records.put(r.id(), r);
                } catch (RuntimeException e) {
                    LOG.warn("skipping unreadable network record {}: {}", file, e.getMessage());
                }
            }
        }
        return store;
    }

    /** Adds a network, refusing a name in use with docker's message, atomically with the check. */
    public synchronized void add(NetworkRecord record) throws IOException {
        for (NetworkRecord other : records.values()) {
            if (other.name().equals(record.name())) {
                throw new NetworkException(NetworkException.Kind.CONFLICT,
                        "network with name " + record.name() + " already exists");
            }
        }
        write(record);
        records.put(record.id(), record);
    }

    public synchronized void update(NetworkRecord record) throws IOException {
        write(record);
        records.put(record.id(), record);
    }

    public synchronized void remove(String id) throws IOException {
        records.remove(id);
        Files.deleteIfExists(dir.resolve(id + ".json"));
    }

    public NetworkRecord find(String idOrName) {
        return lookup(idOrName).orElseThrow(() -> NetworkException.notFound(idOrName));
    }

    /** Full ID, then exact name, then a unique ID prefix (docker's order). */
    public Optional<NetworkRecord> lookup(String idOrName) {
        if (idOrName == null || idOrName.isEmpty()) {
            return Optional.empty();
        }
        NetworkRecord byId = records.get(idOrName);
        if (byId != null) {
            return Optional.of(byId);
        }
        List<NetworkRecord> prefixed = new ArrayList<>();
        for (NetworkRecord r : records.values()) {
            if (r.name().equals(idOrName)) {
                return Optional.of(r);
            }
            if (r.id().startsWith(idOrName)) {
                prefixed.add(r);
            }
        }
        if (prefixed.size() > 1) {
            throw new NetworkException(NetworkException.Kind.INVALID,
                    "network " + idOrName + " is ambiguous (" + prefixed.size() + " matches found based on ID prefix)");
        }
        return prefixed.stream().findFirst();
    }

    /** All networks, oldest first. */
    public List<NetworkRecord> all() {
        return records.values().stream().sorted(Comparator.comparing(NetworkRecord::created)).toList();
    }

    private void write(NetworkRecord record) throws IOException {
        AtomicFiles.write(dir.resolve(record.id() + ".json"), JSON.writeValueAsBytes(record));
    }
}
