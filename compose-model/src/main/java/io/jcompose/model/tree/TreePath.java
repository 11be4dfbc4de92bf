package io.jcompose.model.tree;

import java.util.ArrayList;
import java.util.List;

/** A path into a Compose document as users read it in messages: {@code services.web.ports[0]}. */
public record TreePath(List<Object> segments) {

    public static final TreePath ROOT = new TreePath(List.of());

    public TreePath {
        segments = List.copyOf(segments);
    }

    public static TreePath of(Object... segments) {
        return new TreePath(List.of(segments));
    }

    public TreePath key(String key) {
        List<Object> s = new ArrayList<>(segments);
        s.add(key);
        return new TreePath(s);
    }

    public TreePath index(int index) {
        List<Object> s = new ArrayList<>(segments);
        s.add(index);
        return new TreePath(s);
    }

    public boolean isRoot() {
        return segments.isEmpty();
    }

    public int depth() {
        return segments.size();
    }

    /** The segment at {@code i} as text ("3" for an index). */
    public String segment(int i) {
        return String.valueOf(segments.get(i));
    }

    public String last() {
        return segments.isEmpty() ? "" : String.valueOf(segments.getLast());
    }

    public TreePath parent() {
        return segments.isEmpty() ? this : new TreePath(segments.subList(0, segments.size() - 1));
    }

    /**
     * Whether this path matches a pattern such as {@code services.*.ports.*}, where {@code *} matches one key or
     * index.
     */
    public boolean matches(String pattern) {
        String[] parts = pattern.split("\\.");
        if (parts.length != segments.size()) {
            return false;
        }
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].equals("*") && !parts[i].equals(String.valueOf(segments.get(i)))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (Object s : segments) {
            if (s instanceof Integer i) {
                b.append('[').append(i).append(']');
            } else {
                if (!b.isEmpty()) {
                    b.append('.');
                }
                b.append(s);
            }
        }
        return b.toString();
    }
}
