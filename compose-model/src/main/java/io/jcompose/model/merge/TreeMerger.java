package io.jcompose.model.merge;

import io.jcompose.model.tree.ListNode;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.Position;
import io.jcompose.model.tree.ScalarNode;
import io.jcompose.model.tree.Tag;
import io.jcompose.model.tree.TreePath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;

/** The recursive merge: handles the tags once, then applies the rule {@link MergeRules} gives for each path. */
final class TreeMerger {

    private TreeMerger() {
    }

    static Node merge(TreePath path, Node base, Node override) {
        return withTags(base, override, (b, o) -> mergeUntagged(path, b, o));
    }

    /**
     * Applies the tag rules, calling {@code contents} only when both sides hold plain values.
     * A {@code !reset} or {@code !override} value wins as it is and keeps its tag, so that it also wins over files
     * merged further left; a value merged over a {@code !reset} marker becomes an {@code !override}; a merge over an
     * {@code !override} value stays an {@code !override}.
     */
    static Node withTags(Node base, Node override, BinaryOperator<Node> contents) {
        if (base == null) {
            return override;
        }
        if (override == null) {
            return base;
        }
        if (override.tag() != Tag.NONE) {
            return override;
        }
        if (base.tag() == Tag.RESET) {
            return override.withTag(Tag.OVERRIDE);
        }
        Node merged = contents.apply(base, override);
        return base.tag() == Tag.OVERRIDE ? merged.withTag(Tag.OVERRIDE) : merged;
    }

    private static Node mergeUntagged(TreePath path, Node base, Node override) {
        return switch (MergeRules.ruleFor(path)) {
            case GENERIC -> generic(path, base, override);
            case REPLACE -> override;
            case BY_KEY -> KeyedMerge.merge(path, base, override);
            case UNION, PORTS, VOLUMES, SECRETS, CONFIGS, ENV_FILES, DEVICES ->
                    UnionMerge.merge(MergeRules.ruleFor(path), base, override);
            case DEPENDS_ON -> generic(path, Shapes.dependsOn(base), Shapes.dependsOn(override));
            case NAME_MAP -> generic(path, Shapes.namesToMap(base), Shapes.namesToMap(override));
            case BUILD -> generic(path, Shapes.build(base), Shapes.build(override));
            case LOGGING -> logging(path, base, override);
            case BY_SUBNET -> SubnetMerge.merge(path, base, override);
        };
    }

    /** Mappings merge key by key, sequences append, a null override keeps the base, anything else replaces. */
    static Node generic(TreePath path, Node base, Node override) {
        if (override instanceof ScalarNode s && s.isNull()) {
            return base;
        }
        if (base instanceof MapNode b && override instanceof MapNode o) {
            return mergeMappings(path, b, o);
        }
        if (base instanceof ListNode b && override instanceof ListNode o) {
            List<Node> items = new ArrayList<>(b.items());
            items.addAll(o.items());
            return b.withItems(items);
        }
        return override;
    }

    static MapNode mergeMappings(TreePath path, MapNode base, MapNode override) {
        Map<String, Node> entries = new LinkedHashMap<>(base.entries());
        Map<String, Position> keys = new LinkedHashMap<>(base.keyPositions());
        for (Map.Entry<String, Node> e : override.entries().entrySet()) {
            String key = e.getKey();
            Node existing = entries.get(key);
            // Extension fields (x-*) are user data: compose replaces them whole.
            Node merged = existing == null || key.startsWith("x-")
                    ? e.getValue() : merge(path.key(key), existing, e.getValue());
            entries.put(key, merged);
            keys.putIfAbsent(key, override.keyPosition(key));
        }
        return new MapNode(entries, keys, base.position(), base.tag());
    }

    /** Logging: a change of driver drops the base's options; the same driver (or none given) merges them. */
    private static Node logging(TreePath path, Node base, Node override) {
        if (base instanceof MapNode b && override instanceof MapNode o) {
            Node bd = b.getOrNull("driver");
            Node od = o.getOrNull("driver");
            if (bd == null || od == null || Shapes.text(bd).equals(Shapes.text(od))) {
                return mergeMappings(path, b, o);
            }
            return override;
        }
        return generic(path, base, override);
    }
}
