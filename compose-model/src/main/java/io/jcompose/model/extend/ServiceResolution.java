package io.jcompose.model.extend;

import io.jcompose.model.error.ComposeFileException;
import io.jcompose.model.merge.Merger;
import io.jcompose.model.paths.PathResolver;
import io.jcompose.model.source.SourceLoader;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.Position;
import io.jcompose.model.tree.TreePath;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One run of {@code extends} resolution: resolved services and loaded files are kept, chains are checked. */
final class ServiceResolution {

    /** A service being resolved, kept on the chain to report cycles. */
    private record Link(String key, String label, ExtendsReference reference) {
    }

    private final ExtendsSource main;
    private final SourceLoader loader;
    private final Map<String, Node> resolved = new HashMap<>();
    private final Map<String, ExtendsSource> loaded = new HashMap<>();
    private final List<Link> chain = new ArrayList<>();

    ServiceResolution(ExtendsSource main, SourceLoader loader) {
        this.main = main;
        this.loader = loader;
        loaded.put(main.id(), main);
    }

    Node resolve(ExtendsSource source, String name) {
        String key = source.id() + "\u0000" + name;
        Node done = resolved.get(key);
        if (done != null) {
            return done;
        }
        Node node = source.services().getOrNull(name);
        if (!(node instanceof MapNode service) || !service.has("extends")) {
            return node;
        }
        TreePath path = TreePath.ROOT.key("services").key(name).key("extends");
        ExtendsReference reference = ExtendsReference.parse(service.getOrNull("extends"), path);
        checkCycle(key, name, source);
        ExtendsSource target = reference.file() == null ? source : load(source.directory().resolve(reference.file()));
        if (!target.services().has(reference.service())) {
            throw new ComposeFileException(reference.position(), path, "cannot extend service \""
                    + reference.service() + "\" in " + target.displayName() + ": service not found");
        }
        chain.add(new Link(key, label(name, source), reference));
        Node base;
        try {
            base = resolve(target, reference.service());
        } finally {
            chain.removeLast();
        }
        // An empty base (written "base:") adds nothing, as in compose-go.
        Node merged = base instanceof MapNode
                ? Merger.mergeAt(TreePath.ROOT.key("services").key(name), base, service.without("extends"))
                : service.without("extends");
        MapNode result = merged instanceof MapNode m
                ? new MapNode(m.entries(), m.keyPositions(), service.position(), m.tag())
                : service.without("extends");
        resolved.put(key, result);
        return result;
    }

    private void checkCycle(String key, String name, ExtendsSource source) {
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i).key().equals(key)) {
                StringBuilder names = new StringBuilder();
                for (Link link : chain.subList(i, chain.size())) {
                    names.append(link.label()).append(" -> ");
                }
                names.append(label(name, source));
                ExtendsReference first = chain.get(i).reference();
                throw new ComposeFileException(first.position(), first.path(), "circular reference: " + names);
            }
        }
    }

    private String label(String name, ExtendsSource source) {
        return source == main ? name : name + " (" + source.displayName() + ")";
    }

    /** The services of another file, with their relative paths made absolute against that file's directory. */
    private ExtendsSource load(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return loaded.computeIfAbsent(absolute.toString(), id -> {
            Node tree = loader.loadForExtends(absolute);
            Path directory = absolute.getParent();
            MapNode services = tree instanceof MapNode root && root.getOrNull("services") instanceof MapNode s
                    ? s : MapNode.empty(tree.position());
            Node rebased = PathResolver.resolve(MapNode.empty(Position.NONE).with("services", services), directory);
            MapNode resolvedServices = (MapNode) ((MapNode) rebased).getOrNull("services");
            String display = tree.position().file().isEmpty() ? absolute.toString() : tree.position().file();
            return new ExtendsSource(id, display, directory, resolvedServices);
        });
    }
}
