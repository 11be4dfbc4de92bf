package io.jcompose.cli.training;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.core.type.TypeReference;

/** IDs that look like the engine's (64 hex digits) and the label filters its lists take. */
final class CannedIds {

    private static final AtomicLong COUNTER = new AtomicLong();

    private CannedIds() {
    }

    /** A new ID for an object of {@code kind} (container, network...). */
    static String next(String kind) {
        return of(kind + "-" + COUNTER.incrementAndGet());
    }

    /** A stable ID derived from {@code seed} (an image's name). */
    static String of(String seed) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** The {@code filters} query parameter of a list (JSON: name to values). */
    static Map<String, List<String>> filters(CannedRequest request) {
        return request.param("filters").map(f -> CannedResponse.JSON.readValue(f,
                new TypeReference<Map<String, List<String>>>() { })).orElse(Map.of());
    }

    /** Whether labels match every {@code label} filter ({@code key} or {@code key=value}), as docker has it. */
    static boolean labelsMatch(Map<String, List<String>> filters, Map<String, String> labels) {
        for (String wanted : filters.getOrDefault("label", List.of())) {
            int eq = wanted.indexOf('=');
            boolean match = eq < 0 ? labels.containsKey(wanted)
                    : wanted.substring(eq + 1).equals(labels.get(wanted.substring(0, eq)));
            if (!match) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code name} matches the {@code name} filters (docker matches a part of the name). */
    static boolean nameMatches(Map<String, List<String>> filters, String name) {
        List<String> names = filters.getOrDefault("name", List.of());
        return names.isEmpty() || names.stream().anyMatch(name::contains);
    }
}
