package io.jcompose.model.tree;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A YAML mapping with string keys in document order; each key remembers its own position so that an unknown or
 * misspelt key is reported where it was written.
 */
public record MapNode(Map<String, Node> entries, Map<String, Position> keyPositions, Position position, Tag tag)
        implements Node {

    public MapNode {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        keyPositions = Collections.unmodifiableMap(new LinkedHashMap<>(keyPositions));
    }

    public static MapNode empty(Position position) {
        return new MapNode(Map.of(), Map.of(), position, Tag.NONE);
    }

    public Optional<Node> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    public Node getOrNull(String key) {
        return entries.get(key);
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    public int size() {
        return entries.size();
    }

    /** Where {@code key} was written, or where this mapping starts when the key was added by the loader. */
    public Position keyPosition(String key) {
        Position p = keyPositions.get(key);
        return p != null ? p : position;
    }

    /** The position of the value at {@code key}, falling back to the key's or this mapping's position. */
    public Position positionOf(String key) {
        Node n = entries.get(key);
        return n != null && n.position().isKnown() ? n.position() : keyPosition(key);
    }

    /** A copy with {@code key} set to {@code value}, keeping the key's place when it already exists. */
    public MapNode with(String key, Node value) {
        LinkedHashMap<String, Node> copy = new LinkedHashMap<>(entries);
        copy.put(key, value);
        LinkedHashMap<String, Position> keys = new LinkedHashMap<>(keyPositions);
        keys.putIfAbsent(key, value.position());
        return new MapNode(copy, keys, position, tag);
    }

    /** A copy without {@code key}. */
    public MapNode without(String key) {
        if (!entries.containsKey(key)) {
            return this;
        }
        LinkedHashMap<String, Node> copy = new LinkedHashMap<>(entries);
        copy.remove(key);
        LinkedHashMap<String, Position> keys = new LinkedHashMap<>(keyPositions);
        keys.remove(key);
        return new MapNode(copy, keys, position, tag);
    }

    /** A copy with all entries replaced, key positions kept for keys that remain. */
    public MapNode withEntries(Map<String, Node> newEntries) {
        LinkedHashMap<String, Position> keys = new LinkedHashMap<>();
        for (String k : newEntries.keySet()) {
            Position p = keyPositions.get(k);
            keys.put(k, p != null ? p : newEntries.get(k).position());
        }
        return new MapNode(newEntries, keys, position, tag);
    }

    @Override
    public MapNode withTag(Tag newTag) {
        return new MapNode(entries, keyPositions, position, newTag);
    }

    @Override
    public String kind() {
        return "mapping";
    }
}
