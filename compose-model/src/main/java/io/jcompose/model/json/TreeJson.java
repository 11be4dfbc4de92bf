package io.jcompose.model.json;

import io.jcompose.model.tree.ListNode;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.Position;
import io.jcompose.model.tree.ScalarNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/** Converts between the position-keeping tree and Jackson's JSON tree, and writes trees as JSON or YAML. */
public final class TreeJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Go's json.MarshalIndent style, as docker compose prints: {@code "key": value}, arrays one item a line. */
    private static final DefaultPrettyPrinter GO_STYLE = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"));
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private TreeJson() {
    }

    public static JsonNode toJson(Node node) {
        return switch (node) {
            case MapNode m -> {
                ObjectNode o = NODES.objectNode();
                m.entries().forEach((k, v) -> o.set(k, toJson(v)));
                yield o;
            }
            case ListNode l -> {
                ArrayNode a = NODES.arrayNode();
                l.items().forEach(i -> a.add(toJson(i)));
                yield a;
            }
            case ScalarNode s -> scalar(s.value());
        };
    }

    private static JsonNode scalar(Object v) {
        return switch (v) {
            case null -> NODES.nullNode();
            case String s -> NODES.stringNode(s);
            case Long l -> NODES.numberNode(l);
            case BigInteger b -> NODES.numberNode(b);
            case Double d -> NODES.numberNode(d);
            case Boolean b -> NODES.booleanNode(b);
            default -> NODES.stringNode(v.toString());
        };
    }

    /** A tree from JSON; every node gets {@code position} (used for values built by the loader). */
    public static Node fromJson(JsonNode json, Position position) {
        if (json.isObject()) {
            Map<String, Node> entries = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : json.properties()) {
                entries.put(e.getKey(), fromJson(e.getValue(), position));
            }
            return new MapNode(entries, Map.of(), position, io.jcompose.model.tree.Tag.NONE);
        }
        if (json.isArray()) {
            List<Node> items = new ArrayList<>();
            json.values().forEach(i -> items.add(fromJson(i, position)));
            return ListNode.of(items, position);
        }
        if (json.isNull() || json.isMissingNode()) {
            return ScalarNode.ofNull(position);
        }
        if (json.isBoolean()) {
            return ScalarNode.of(json.booleanValue(), position);
        }
        if (json.isIntegralNumber()) {
            return ScalarNode.of(json.canConvertToLong() ? (Object) json.longValue() : json.bigIntegerValue(),
                    position);
        }
        if (json.isNumber()) {
            return ScalarNode.of(json.doubleValue(), position);
        }
        return ScalarNode.of(json.asString(), position);
    }

    /** Pretty JSON with two-space indentation and a final newline. */
    public static String writeJson(Node node) {
        return JSON.writer().with(GO_STYLE).writeValueAsString(toJson(node)) + "\n";
    }

    /** YAML in the style docker compose prints: block style, quotes only where needed. */
    public static String writeYaml(Node node) {
        return YAML.writeValueAsString(toJson(node));
    }
}
