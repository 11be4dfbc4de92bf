package io.jcompose.model.paths;

import io.jcompose.model.tree.ListNode;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.ScalarNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Makes every relative host path of a model absolute against one directory, as compose-go's ResolveRelativePaths
 * does, so that later stages never need to know which file a path was written in.
 */
public final class PathResolver {

    private PathResolver() {
    }

    /**
     * The model with relative paths (build contexts, bind sources, env_file, label_file, extends.file, secrets,
     * configs, include, develop.watch, local bind volumes) under {@code baseDirectory}; {@code ~} is the user's home.
     */
    /**
     * The home directory {@code ~} expands to while bound (the loader binds the project's {@code HOME}, as docker
     * compose uses the user's environment); Java's {@code user.home} otherwise.
     */
    public static final ScopedValue<String> HOME = ScopedValue.newInstance();

    public static Node resolve(Node model, Path baseDirectory) {
        if (!(model instanceof MapNode root)) {
            return model;
        }
        HostPath paths = HostPath.of(baseDirectory);
        MapNode result = root;
        result = eachValue(result, "services", s -> ServicePaths.resolve(s, paths));
        result = eachValue(result, "secrets", s -> field(s, "file", paths::absolute));
        result = eachValue(result, "configs", s -> field(s, "file", paths::absolute));
        result = eachValue(result, "volumes", v -> localBindVolume(v, paths));
        if (result.getOrNull("include") instanceof ListNode include) {
            result = result.with("include", mapItems(include, i -> IncludePaths.resolve(i, paths)));
        }
        return result;
    }

    /** One service definition with its relative paths under {@code baseDirectory}. */
    public static Node resolveService(Node service, Path baseDirectory) {
        return ServicePaths.resolve(service, HostPath.of(baseDirectory));
    }

    /** A top-level volume of the local driver that binds a host directory ({@code o: bind}, {@code device}). */
    private static Node localBindVolume(Node volume, HostPath paths) {
        if (!(volume instanceof MapNode v) || !"local".equals(text(v.getOrNull("driver")))
                || !(v.getOrNull("driver_opts") instanceof MapNode opts) || !"bind".equals(text(opts.getOrNull("o")))) {
            return volume;
        }
        return v.with("driver_opts", field(opts, "device", paths::absolute));
    }

    static MapNode eachValue(MapNode map, String key, UnaryOperator<Node> change) {
        if (!(map.getOrNull(key) instanceof MapNode section)) {
            return map;
        }
        MapNode changed = section;
        for (String name : section.keys()) {
            Node before = section.getOrNull(name);
            Node after = change.apply(before);
            if (after != before) {
                changed = changed.with(name, after);
            }
        }
        return changed == section ? map : map.with(key, changed);
    }

    /** {@code node} with the string at {@code key} changed, when {@code node} is a mapping holding a string there. */
    static Node field(Node node, String key, UnaryOperator<String> change) {
        if (node instanceof MapNode m && m.getOrNull(key) instanceof ScalarNode s && s.isString()) {
            return m.with(key, s.withValue(change.apply(s.asText())));
        }
        return node;
    }

    /** A string scalar changed; other nodes as they are. */
    static Node string(Node node, UnaryOperator<String> change) {
        return node instanceof ScalarNode s && s.isString() ? s.withValue(change.apply(s.asText())) : node;
    }

    /** A single string or each string of a list changed. */
    static Node stringOrList(Node node, UnaryOperator<String> change) {
        return node instanceof ListNode l ? mapItems(l, i -> string(i, change)) : string(node, change);
    }

    static ListNode mapItems(ListNode list, UnaryOperator<Node> change) {
        List<Node> items = new ArrayList<>(list.size());
        for (Node item : list.items()) {
            items.add(change.apply(item));
        }
        return list.withItems(items);
    }

    static String text(Node node) {
        return node instanceof ScalarNode s && !s.isNull() ? s.asText() : null;
    }
}
