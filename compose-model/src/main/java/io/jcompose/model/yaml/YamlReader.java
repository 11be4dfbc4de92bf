package io.jcompose.model.yaml;

import io.jcompose.model.error.ComposeFileException;
import io.jcompose.model.tree.ListNode;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.Position;
import io.jcompose.model.tree.ScalarNode;
import io.jcompose.model.tree.Tag;
import io.jcompose.model.tree.TreePath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads a YAML or JSON Compose document into a {@link Node} tree that keeps every value's position. Anchors and
 * aliases are expanded, {@code <<} merge keys are resolved here (snakeyaml-engine leaves them to us), duplicate
 * keys are rejected, and the tags {@code !reset} and {@code !override} are kept for the merge stage.
 */
public final class YamlReader {

    private static final int MAX_ALIASES = 10_000;

    private YamlReader() {
    }

    /** Parses every document of {@code content}; an empty file gives an empty list. */
    public static List<Node> readAll(String fileName, String content) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(fileName)
                .setSchema(new CoreSchema())
                .setAllowDuplicateKeys(true) // we report duplicates ourselves, with both positions
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setCodePointLimit(64 * 1024 * 1024)
                .build();
        List<Node> documents = new ArrayList<>();
        try {
            for (org.snakeyaml.engine.v2.nodes.Node raw : new Compose(settings).composeAllFromString(content)) {
                documents.add(new Converter(fileName).convert(raw, TreePath.ROOT));
            }
        } catch (MarkedYamlEngineException e) {
            Position at = e.getProblemMark().or(e::getContextMark).map(m -> position(fileName, m))
                    .orElse(new Position(fileName, 0, 0));
            throw new ComposeFileException(at, TreePath.ROOT, "invalid YAML: " + describe(e), e);
        } catch (YamlEngineException e) {
            throw new ComposeFileException(new Position(fileName, 0, 0), TreePath.ROOT,
                    "invalid YAML: " + e.getMessage(), e);
        }
        return documents;
    }

    /** Parses a single-document file; an empty file gives an empty mapping. */
    public static Node read(String fileName, String content) {
        List<Node> docs = readAll(fileName, content);
        if (docs.isEmpty()) {
            return MapNode.empty(new Position(fileName, 1, 1));
        }
        if (docs.size() > 1) {
            throw new ComposeFileException(docs.get(1).position(), TreePath.ROOT,
                    "expected a single YAML document, found " + docs.size());
        }
        return docs.getFirst();
    }

    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem();
        String context = e.getContext();
        if (problem == null || problem.isBlank()) {
            return context == null ? "syntax error" : context;
        }
        return context == null || context.isBlank() ? problem : problem + " (" + context + ")";
    }

    static Position position(String file, Mark mark) {
        return new Position(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** One conversion of one document; tracks alias recursion. */
    private static final class Converter {
        private final String file;
        private final Set<org.snakeyaml.engine.v2.nodes.Node> inProgress =
                Collections.newSetFromMap(new IdentityHashMap<>());

        Converter(String file) {
            this.file = file;
        }

        Position pos(org.snakeyaml.engine.v2.nodes.Node n) {
            Optional<Mark> m = n.getStartMark();
            return m.map(mark -> position(file, mark)).orElse(new Position(file, 0, 0));
        }

        Node convert(org.snakeyaml.engine.v2.nodes.Node raw, TreePath path) {
            if (!inProgress.add(raw)) {
                throw new ComposeFileException(pos(raw), path, "recursive YAML alias");
            }
            try {
                return switch (raw) {
                    case MappingNode m -> convertMap(m, path);
                    case SequenceNode s -> convertList(s, path);
                    case org.snakeyaml.engine.v2.nodes.ScalarNode s -> convertScalar(s, path);
                    default -> throw new ComposeFileException(pos(raw), path, "unsupported YAML node");
                };
            } finally {
                inProgress.remove(raw);
            }
        }

        Tag tagOf(org.snakeyaml.engine.v2.nodes.Node raw, TreePath path) {
            String t = raw.getTag().getValue();
            if (raw instanceof org.snakeyaml.engine.v2.nodes.ScalarNode s && s.isPlain()
                    && raw.getTag().equals(org.snakeyaml.engine.v2.nodes.Tag.ENV_TAG)) {
                return Tag.NONE; // snakeyaml-engine's implicit tag for plain ${...} scalars: a string to Compose
            }
            if (t.equals("!reset")) {
                return Tag.RESET;
            }
            if (t.equals("!override")) {
                return Tag.OVERRIDE;
            }
            if (t.startsWith("!") && !t.startsWith("!!")) {
                throw new ComposeFileException(pos(raw), path,
                        "unknown YAML tag \"" + t + "\" (jcompose knows !reset and !override)");
            }
            return Tag.NONE;
        }

        Node convertScalar(org.snakeyaml.engine.v2.nodes.ScalarNode s, TreePath path) {
            Tag tag = tagOf(s, path);
            Object value = tag != Tag.NONE ? customTagValue(s) : ScalarResolver.resolve(s);
            return new ScalarNode(value, pos(s), tag);
        }

        private static Object customTagValue(org.snakeyaml.engine.v2.nodes.ScalarNode s) {
            String v = s.getValue();
            return s.isPlain() && (v.isEmpty() || v.equals("null") || v.equals("~")) ? null : v;
        }

        Node convertList(SequenceNode s, TreePath path) {
            List<Node> items = new ArrayList<>(s.getValue().size());
            int i = 0;
            for (org.snakeyaml.engine.v2.nodes.Node item : s.getValue()) {
                items.add(convert(item, path.index(i++)));
            }
            return new ListNode(items, pos(s), tagOf(s, path));
        }

        Node convertMap(MappingNode m, TreePath path) {
            LinkedHashMap<String, Node> entries = new LinkedHashMap<>();
            LinkedHashMap<String, Position> keys = new LinkedHashMap<>();
            List<MapNode> merged = new ArrayList<>();
            for (NodeTuple tuple : m.getValue()) {
                org.snakeyaml.engine.v2.nodes.Node keyNode = tuple.getKeyNode();
                if (!(keyNode instanceof org.snakeyaml.engine.v2.nodes.ScalarNode keyScalar)) {
                    throw new ComposeFileException(pos(keyNode), path, "mapping keys must be strings");
                }
                String key = keyScalar.getValue();
                if (key.equals("<<") && keyScalar.isPlain()) {
                    merged.addAll(mergeSources(tuple.getValueNode(), path));
                    continue;
                }
                Position keyPos = pos(keyScalar);
                if (entries.containsKey(key)) {
                    Position first = keys.get(key);
                    throw new ComposeFileException(keyPos, path,
                            "mapping key \"" + key + "\" already defined at line " + first.line());
                }
                keys.put(key, keyPos);
                entries.put(key, convert(tuple.getValueNode(), path.key(key)));
            }
            if (!merged.isEmpty()) {
                // Explicit keys win; among merged maps the first listed wins.
                LinkedHashMap<String, Node> all = new LinkedHashMap<>();
                LinkedHashMap<String, Position> allKeys = new LinkedHashMap<>();
                for (MapNode source : merged) {
                    for (Map.Entry<String, Node> e : source.entries().entrySet()) {
                        if (!entries.containsKey(e.getKey()) && !all.containsKey(e.getKey())) {
                            all.put(e.getKey(), e.getValue());
                            allKeys.put(e.getKey(), source.keyPosition(e.getKey()));
                        }
                    }
                }
                all.putAll(entries);
                allKeys.putAll(keys);
                entries = all;
                keys = allKeys;
            }
            return new MapNode(entries, keys, pos(m), tagOf(m, path));
        }

        List<MapNode> mergeSources(org.snakeyaml.engine.v2.nodes.Node value, TreePath path) {
            Node converted = convert(value, path.key("<<"));
            if (converted instanceof MapNode map) {
                return List.of(map);
            }
            if (converted instanceof ListNode list) {
                List<MapNode> maps = new ArrayList<>();
                for (Node item : list.items()) {
                    if (!(item instanceof MapNode map)) {
                        throw new ComposeFileException(item.position(), path,
                                "merge key \"<<\" expects a mapping or a list of mappings, got a " + item.kind());
                    }
                    maps.add(map);
                }
                return maps;
            }
            throw new ComposeFileException(converted.position(), path,
                    "merge key \"<<\" expects a mapping or a list of mappings, got a " + converted.kind());
        }
    }
}
