package io.jcompose.model.project;

import io.jcompose.model.tree.ListNode;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.ScalarNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * The configuration hash of a service ({@code config --hash}, the {@code com.docker.compose.config-hash} label):
 * a container whose label differs from the current hash must be recreated.
 *
 * <p>The hash is the SHA-256 (hex) of the service's canonical JSON: the normalised service with object keys
 * sorted, without the fields that compose also leaves out because changing them never requires recreating a
 * container: {@code build} (the image is compared instead), {@code pull_policy}, {@code scale},
 * {@code deploy.replicas}, {@code depends_on} and {@code profiles}.
 */
public final class ConfigHash {

    /** Top-level service keys left out of the hash. */
    public static final Set<String> IGNORED = Set.of("build", "pull_policy", "scale", "depends_on", "profiles");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ConfigHash() {
    }

    public static String of(Node normalizedService) {
        Object canonical = canonical(normalizedService);
        try {
            byte[] json = JSON.writeValueAsString(canonical).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /**
     * What the hash is taken of: the service as maps (keys sorted), lists and scalars, without the ignored fields;
     * the planner keeps it to name the fields that changed.
     */
    public static Object canonical(Node normalizedService) {
        return canonical(normalizedService, true);
    }

    private static Object canonical(Node node, boolean serviceLevel) {
        return switch (node) {
            case MapNode m -> {
                Map<String, Object> sorted = new TreeMap<>();
                m.entries().forEach((k, v) -> {
                    if (serviceLevel && IGNORED.contains(k)) {
                        return;
                    }
                    if (serviceLevel && k.equals("deploy") && v instanceof MapNode deploy) {
                        sorted.put(k, canonical(deploy.without("replicas"), false));
                        return;
                    }
                    sorted.put(k, canonical(v, false));
                });
                yield sorted;
            }
            case ListNode l -> {
                List<Object> items = new ArrayList<>();
                l.items().forEach(i -> items.add(canonical(i, false)));
                yield items;
            }
            case ScalarNode s -> s.value();
        };
    }
}
