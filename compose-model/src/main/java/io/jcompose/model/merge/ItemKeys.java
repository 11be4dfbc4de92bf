package io.jcompose.model.merge;

import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.ScalarNode;

/** The identity of one item of a merged sequence: two items with the same key are the same entry. */
final class ItemKeys {

    private ItemKeys() {
    }

    static String key(MergeRule rule, Node item) {
        return switch (rule) {
            case PORTS -> PortKey.of(item);
            case VOLUMES -> volumeTarget(item);
            case SECRETS -> mountTarget(item, "/run/secrets/");
            case CONFIGS -> mountTarget(item, "/");
            case ENV_FILES -> item instanceof MapNode m ? field(m, "path", "") : Shapes.text(item);
            case DEVICES -> device(item);
            default -> Shapes.text(item);
        };
    }

    /** {@code src:/target[:mode]}, {@code /target}, or the long form's {@code target}. */
    static String volumeTarget(Node item) {
        if (item instanceof MapNode m) {
            return field(m, "target", "");
        }
        String[] parts = Shapes.text(item).split(":");
        return parts.length == 1 ? parts[0] : parts[1];
    }

    /** Secrets and configs: the target, a relative target or the bare name under the default directory. */
    static String mountTarget(Node item, String directory) {
        if (item instanceof MapNode m) {
            String target = field(m, "target", "");
            if (target.isEmpty()) {
                return directory + field(m, "source", "");
            }
            return target.startsWith("/") ? target : directory + target;
        }
        return directory + Shapes.text(item);
    }

    /** Devices: host path, container path (default: the host path) and permissions (default rwm). */
    static String device(Node item) {
        String source;
        String target;
        String permissions;
        if (item instanceof MapNode m) {
            source = field(m, "source", "");
            target = field(m, "target", source);
            permissions = field(m, "permissions", "rwm");
        } else {
            String[] parts = Shapes.text(item).split(":");
            source = parts[0];
            target = parts.length > 1 ? parts[1] : source;
            permissions = parts.length > 2 ? parts[2] : "rwm";
        }
        return source + ":" + target + ":" + permissions;
    }

    static String field(MapNode map, String key, String fallback) {
        Node n = map.getOrNull(key);
        return n instanceof ScalarNode s && !s.isNull() ? s.asText() : fallback;
    }
}
