package io.jcompose.model.paths;

import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;

/** The paths of one {@code include} entry: a string, or {@code path}, {@code project_directory}, {@code env_file}. */
final class IncludePaths {

    private IncludePaths() {
    }

    static Node resolve(Node entry, HostPath paths) {
        if (!(entry instanceof MapNode m)) {
            return PathResolver.string(entry, paths::absolute);
        }
        MapNode result = m;
        for (String key : new String[] {"path", "project_directory", "env_file"}) {
            Node value = result.getOrNull(key);
            if (value != null) {
                result = result.with(key, PathResolver.stringOrList(value, paths::absolute));
            }
        }
        return result;
    }
}
