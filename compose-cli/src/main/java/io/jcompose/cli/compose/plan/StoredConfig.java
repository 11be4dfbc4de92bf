package io.jcompose.cli.compose.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The configuration a container was made from, kept in its {@code io.jcompose.config} label so that a later
 * {@code up} can name the fields that changed ({@code environment.PGDATA}) rather than only see that the config hash
 * differs; also the digests of the secret and config files it mounts, which docker compose's hash leaves out.
 *
 * <p>The label is compact canonical JSON, {@code {"files":{...},"service":{...}}}: the service as
 * {@link io.jcompose.model.project.ConfigHash} hashes it, with strings longer than {@value #LONG_STRING} characters
 * replaced by their digest. If it still exceeds {@value #MAX_LABEL} characters, each top-level field is replaced by
 * its digest: the reason then names the field ({@code environment changed}) but not the key inside it.
 */
public record StoredConfig(Map<String, Object> service, Map<String, FileDigest> files) {

    static final int LONG_STRING = 200;
    static final int MAX_LABEL = 16 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public StoredConfig {
        service = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(service));
        files = Map.copyOf(files);
    }

    /** A secret's or config's content as a digest, with where it came from ({@code file ./token.txt}). */
    public record FileDigest(String from, String sha256) {
    }

    /**
     * The stored form of a service's canonical configuration and its files; read back from its own label text so
     * that it compares equal to what {@link #parse} gives for a container made from it.
     */
    public static StoredConfig of(Object canonicalService, Map<String, FileDigest> files) {
        Object shrunk = shrink(canonicalService);
        String label = label(shrunk, files);
        if (label.length() > MAX_LABEL && shrunk instanceof Map<?, ?> fields) {
            Map<String, Object> digests = new TreeMap<>();
            fields.forEach((k, v) -> digests.put(k.toString(), digest(JSON.writeValueAsString(v))));
            label = label(digests, files);
        }
        return parse(label).orElseThrow();
    }

    /** The label text: compact JSON, keys sorted. */
    public String label() {
        return label(service, files);
    }

    private static String label(Object service, Map<String, FileDigest> files) {
        Map<String, Object> out = new TreeMap<>();
        Map<String, Object> digests = new TreeMap<>();
        files.forEach((k, d) -> digests.put(k, new TreeMap<>(Map.of("from", d.from(), "sha256", d.sha256()))));
        out.put("files", digests);
        out.put("service", service);
        return JSON.writeValueAsString(out);
    }

    /** Reads a label; empty when there is none or it is not ours (then the planner falls back to the hash). */
    @SuppressWarnings("unchecked")
    public static Optional<StoredConfig> parse(String label) {
        if (label == null || label.isEmpty()) {
            return Optional.empty();
        }
        try {
            Map<String, Object> root = JSON.readValue(label, Map.class);
            if (!(root.get("service") instanceof Map<?, ?> service) || !(root.get("files") instanceof Map<?, ?> fs)) {
                return Optional.empty();
            }
            Map<String, FileDigest> files = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : fs.entrySet()) {
                if (e.getValue() instanceof Map<?, ?> d && d.get("from") instanceof String from
                        && d.get("sha256") instanceof String sha) {
                    files.put(e.getKey().toString(), new FileDigest(from, sha));
                }
            }
            return Optional.of(new StoredConfig((Map<String, Object>) service, files));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    private static Object shrink(Object value) {
        return switch (value) {
            case Map<?, ?> m -> {
                Map<String, Object> out = new TreeMap<>();
                m.forEach((k, v) -> out.put(k.toString(), shrink(v)));
                yield out;
            }
            case List<?> l -> l.stream().map(StoredConfig::shrink).toList();
            case String s when s.length() > LONG_STRING -> digest(s);
            case null -> null;
            default -> value;
        };
    }

    /** {@code sha256:} and the first 16 hex digits of the text's SHA-256. */
    static String digest(String text) {
        return "sha256:" + sha256(text.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
