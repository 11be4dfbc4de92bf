package io.jcompose.model.validate;

import io.jcompose.model.tree.ListNode;
import io.jcompose.model.tree.MapNode;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.Position;
import io.jcompose.model.tree.ScalarNode;
import io.jcompose.model.tree.Tag;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles a JSON Schema (draft 2020-12), as {@link SchemaJson} reads it, into {@link CompiledSchema}s, once. Only
 * the keywords the Compose schema uses are supported; any other keyword (oneOf, anyOf, if, const...) is refused
 * here, loudly, so that nobody extends the schema believing it is checked. {@code $ref} must point into the same
 * document; each target is compiled once, however many references it has, and cycles are allowed.
 */
final class SchemaCompiler {

    private final Object document;
    private final Map<Object, CompiledSchema> compiled = new IdentityHashMap<>();
    private final List<String> where = new ArrayList<>();

    private SchemaCompiler(Object document) {
        this.document = document;
    }

    /** The compiled root of {@code document}; throws IllegalArgumentException for what it does not support. */
    static CompiledSchema compile(Object document) {
        return new SchemaCompiler(document).schema(document);
    }

    private CompiledSchema schema(Object node) {
        CompiledSchema known = compiled.get(node);
        if (known != null) {
            return known;
        }
        CompiledSchema schema = new CompiledSchema();
        if (Boolean.TRUE.equals(node)) {
            return schema;
        }
        if (!(node instanceof Map<?, ?> map)) {
            throw unsupported("a schema must be an object or true, got " + (node == null ? "null" : node));
        }
        compiled.put(node, schema); // before the keywords, so that a $ref cycle finds it
        List<Check> checks = new ArrayList<>();
        boolean objectDone = false;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String keyword = (String) entry.getKey();
            Object value = entry.getValue();
            where.add(keyword);
            switch (keyword) {
                case "type" -> checks.add(type(value));
                case "$ref" -> checks.add(new Check.RefCheck(reference(text(value))));
                case "properties", "patternProperties", "additionalProperties" -> {
                    if (!objectDone) {
                        where.removeLast();
                        checks.add(object(map));
                        where.add(keyword);
                        objectDone = true;
                    }
                }
                case "required" -> checks.add(new Check.RequiredCheck(strings(value)));
                case "propertyNames" -> checks.add(new Check.PropertyNamesCheck(schema(value)));
                case "enum" -> checks.add(new Check.EnumCheck(values(value)));
                case "pattern" -> checks.add(new Check.PatternCheck(Regex.of(text(value))));
                case "items" -> checks.add(new Check.ItemsCheck(schema(value)));
                case "uniqueItems" -> {
                    if (flag(value)) {
                        checks.add(new Check.UniqueItemsCheck());
                    }
                }
                case "minimum" -> checks.add(minimum(value));
                case "$defs" -> definitions(value);
                case "$schema", "$id", "$comment", "title", "description", "deprecated" -> {
                    // annotations: no effect on validation
                }
                default -> {
                    where.removeLast();
                    throw unsupported("unsupported schema keyword " + keyword);
                }
            }
            where.removeLast();
        }
        schema.define(checks.toArray(new Check[0]));
        return schema;
    }

    private Check object(Map<?, ?> map) {
        Map<String, CompiledSchema> properties = new LinkedHashMap<>();
        where.add("properties");
        for (Map.Entry<String, Object> e : members(map.get("properties")).entrySet()) {
            where.add(e.getKey());
            properties.put(e.getKey(), schema(e.getValue()));
            where.removeLast();
        }
        where.removeLast();
        Map<String, Object> patterned = members(map.get("patternProperties"));
        Regex[] patterns = new Regex[patterned.size()];
        CompiledSchema[] patternSchemas = new CompiledSchema[patterned.size()];
        int i = 0;
        where.add("patternProperties");
        for (Map.Entry<String, Object> e : patterned.entrySet()) {
            where.add(e.getKey());
            patterns[i] = Regex.of(e.getKey());
            patternSchemas[i++] = schema(e.getValue());
            where.removeLast();
        }
        where.removeLast();
        Object other = map.get("additionalProperties");
        boolean forbidden = Boolean.FALSE.equals(other);
        where.add("additionalProperties");
        CompiledSchema additional = other == null || forbidden ? null : schema(other);
        where.removeLast();
        return new ObjectCheck(Map.copyOf(properties), patterns, patternSchemas, additional, forbidden,
                List.copyOf(properties.keySet()), patterned.containsKey("^x-"));
    }

    private Check type(Object value) {
        List<String> names = value instanceof List<?> ? strings(value) : List.of(text(value));
        JsonType[] types = new JsonType[names.size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = JsonType.named(names.get(i));
            if (types[i] == null) {
                throw unsupported("unknown type " + names.get(i));
            }
        }
        return new Check.TypeCheck(types, names);
    }

    private Check minimum(Object value) {
        if (JsonType.isNumber(value)) {
            return new Check.MinimumCheck(value, ScalarNode.of(value, Position.NONE).asText());
        }
        throw unsupported("minimum must be a number");
    }

    private void definitions(Object value) {
        for (Map.Entry<String, Object> e : members(value).entrySet()) {
            where.add(e.getKey());
            schema(e.getValue());
            where.removeLast();
        }
    }

    /** The schema a {@code #/...} JSON pointer names, compiled once whatever the number of references. */
    private CompiledSchema reference(String ref) {
        if (!ref.startsWith("#")) {
            throw unsupported("unsupported $ref " + ref + " (only #/... within the document)");
        }
        List<String> segments = new ArrayList<>();
        String pointer = ref.substring(1);
        for (String raw : pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1)) {
            segments.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        Object target = document;
        for (String segment : segments) {
            target = step(target, segment);
            if (target == null) {
                throw unsupported("$ref " + ref + " points at nothing");
            }
        }
        List<String> from = List.copyOf(where);
        where.clear();
        where.addAll(segments);
        CompiledSchema schema = schema(target);
        where.clear();
        where.addAll(from);
        return schema;
    }

    private static Object step(Object node, String segment) {
        if (node instanceof Map<?, ?> m) {
            return m.get(segment);
        }
        if (node instanceof List<?> l && segment.matches("[0-9]{1,9}") && Integer.parseInt(segment) < l.size()) {
            return l.get(Integer.parseInt(segment));
        }
        return null;
    }

    /** Enum members as tree values, so that they compare with the document's values. */
    private List<Node> values(Object value) {
        List<Node> out = new ArrayList<>();
        for (Object member : list(value)) {
            out.add(node(member));
        }
        return List.copyOf(out);
    }

    private static Node node(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Node> entries = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                entries.put((String) e.getKey(), node(e.getValue()));
            }
            return new MapNode(entries, Map.of(), Position.NONE, Tag.NONE);
        }
        if (value instanceof List<?> list) {
            List<Node> items = new ArrayList<>();
            for (Object item : list) {
                items.add(node(item));
            }
            return ListNode.of(items, Position.NONE);
        }
        return ScalarNode.of(value, Position.NONE);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> members(Object value) {
        if (value == null) {
            return Map.of();
        }
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw unsupported("expected an object");
    }

    private List<?> list(Object value) {
        if (value instanceof List<?> list) {
            return list;
        }
        throw unsupported("expected an array");
    }

    private List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        for (Object item : list(value)) {
            out.add(text(item));
        }
        return List.copyOf(out);
    }

    private String text(Object value) {
        if (value instanceof String text) {
            return text;
        }
        throw unsupported("expected a string");
    }

    private boolean flag(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        throw unsupported("expected a boolean");
    }

    private IllegalArgumentException unsupported(String problem) {
        StringBuilder pointer = new StringBuilder();
        for (String segment : where) {
            pointer.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
        }
        return new IllegalArgumentException(problem + " at " + (pointer.isEmpty() ? "/" : pointer));
    }
}
