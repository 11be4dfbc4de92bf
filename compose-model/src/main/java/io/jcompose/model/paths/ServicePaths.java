package io.jcompose.model.paths;

import io.jcompose.model.tree.ListNode;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.ScalarNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/** The host paths inside one service definition. */
final class ServicePaths {

    private ServicePaths() {
    }

    static Node resolve(Node node, HostPath paths) {
        if (!(node instanceof MapNode service)) {
            return node;
        }
        MapNode s = service;
        s = change(s, "build", b -> build(b, paths));
        s = change(s, "env_file", e -> e instanceof ListNode l
                ? PathResolver.mapItems(l, i -> i instanceof MapNode m ? PathResolver.field(m, "path", paths::absolute)
                        : PathResolver.string(i, paths::absolute))
                : PathResolver.string(e, paths::absolute));
        s = change(s, "label_file", l -> PathResolver.stringOrList(l, paths::absolute));
        s = change(s, "volumes", v -> v instanceof ListNode l ? PathResolver.mapItems(l, i -> volume(i, paths)) : v);
        s = change(s, "extends", e -> PathResolver.field(e, "file", paths::absolute));
        s = change(s, "develop", d -> d instanceof MapNode m && m.getOrNull("watch") instanceof ListNode w
                ? m.with("watch", PathResolver.mapItems(w, i -> PathResolver.field(i, "path",
                        p -> realPath(paths.absolute(p)))))
                : d);
        return s;
    }

    private static MapNode change(MapNode service, String key, UnaryOperator<Node> change) {
        Node before = service.getOrNull(key);
        if (before == null) {
            return service;
        }
        Node after = change.apply(before);
        return after == before ? service : service.with(key, after);
    }

    private static Node build(Node build, HostPath paths) {
        if (!(build instanceof MapNode b)) {
            return PathResolver.string(build, paths::context);
        }
        MapNode result = (MapNode) PathResolver.field(b, "context", paths::context);
        result = change(result, "additional_contexts", a -> keyValues(a, paths::context));
        result = change(result, "ssh", s -> keyValues(s, p -> p.isEmpty() ? p : paths.absolute(p)));
        return result;
    }

    /** A mapping's string values, or the value part of {@code key=value} list items. */
    private static Node keyValues(Node node, UnaryOperator<String> change) {
        if (node instanceof MapNode m) {
            MapNode result = m;
            for (String key : m.keys()) {
                result = (MapNode) PathResolver.field(result, key, change);
            }
            return result;
        }
        if (node instanceof ListNode l) {
            return PathResolver.mapItems(l, i -> PathResolver.string(i, text -> {
                int eq = text.indexOf('=');
                return eq < 0 ? text : text.substring(0, eq + 1) + change.apply(text.substring(eq + 1));
            }));
        }
        return node;
    }

    /** Bind sources in the short ({@code ./src:/target:ro}) or long ({@code type: bind}) syntax. */
    private static Node volume(Node item, HostPath paths) {
        if (item instanceof MapNode m) {
            return "bind".equals(PathResolver.text(m.getOrNull("type")))
                    ? PathResolver.field(m, "source", paths::absolute) : m;
        }
        if (item instanceof ScalarNode s && s.isString()) {
            String text = s.asText();
            int colon = text.indexOf(':');
            if (colon > 0 && HostPath.isBindSource(text.substring(0, colon))) {
                return s.withValue(paths.absolute(text.substring(0, colon)) + text.substring(colon));
            }
        }
        return item;
    }

    /** develop.watch paths follow symbolic links when the path exists, as compose-go does. */
    private static String realPath(String path) {
        try {
            Path p = Path.of(path);
            return Files.exists(p) ? p.toRealPath().toString() : path;
        } catch (IOException | RuntimeException e) {
            return path;
        }
    }
}
