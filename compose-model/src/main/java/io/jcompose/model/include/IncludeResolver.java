package io.jcompose.model.include;

import io.jcompose.model.error.ComposeFileException;
import io.jcompose.model.source.ConfigFile;
import io.jcompose.model.source.SourceLoader;
import io.jcompose.model.tree.ListNode;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.ScalarNode;
import io.jcompose.model.tree.TreePath;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads top-level {@code include} entries into one file's tree, so that an application can be assembled from
 * Compose files that other teams own, each resolved in its own project directory.
 */
public final class IncludeResolver {

    /** The files whose includes are being loaded on this thread, outermost first, to detect include cycles. */
    private static final ScopedValue<List<String>> INCLUDING = ScopedValue.newInstance();

    private IncludeResolver() {
    }

    /** The tree with included models added and the {@code include} key removed; conflicts are errors. */
    public static Node resolve(Node model, ConfigFile file, Path projectDirectory, SourceLoader loader) {
        if (!(model instanceof MapNode root) || !root.has("include")) {
            return model;
        }
        Node include = root.getOrNull("include");
        MapNode result = root.without("include");
        if (include instanceof ScalarNode s && s.isNull()) {
            return result;
        }
        if (!(include instanceof ListNode entries)) {
            throw new ComposeFileException(include.position(), TreePath.ROOT.key("include"),
                    "must be a sequence, got a " + include.kind());
        }
        Path directory = file.baseDirectory(projectDirectory);
        List<String> chain = new ArrayList<>(INCLUDING.orElse(List.of()));
        chain.add(file.path() != null ? file.path().toAbsolutePath().normalize().toString() : file.displayName());
        for (int i = 0; i < entries.size(); i++) {
            IncludeEntry entry = IncludeEntry.parse(entries.get(i), TreePath.ROOT.key("include").index(i), directory);
            String main = entry.files().getFirst().toString();
            if (chain.contains(main)) {
                throw new ComposeFileException(entry.position(), entry.path(), "include cycle detected: "
                        + String.join(" -> ", chain.subList(chain.indexOf(main), chain.size())) + " -> " + main);
            }
            Node imported = ScopedValue.where(INCLUDING, List.copyOf(chain)).call(() ->
                    loader.loadForInclude(entry.files(), entry.projectDirectory(), entry.envFiles()));
            result = ResourceImport.into(result, imported, directory);
        }
        return result;
    }

}
