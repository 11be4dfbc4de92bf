package io.jcompose.model.tree;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A path into a Compose document as users read it in messages: {@code services.web.ports[0]}. Paths share their
 * parents (adding a key is O(1)), because every stage builds one for every node it visits.
 */
public final class TreePath {

    public static final TreePath ROOT = new TreePath(null, null, 0);
    private static final Map<String, String[]> PATTERNS = new ConcurrentHashMap<>();

    private final TreePath parent;
    private final Object segment;
    private final int depth;

    private TreePath(TreePath parent, Object segment, int depth) {
        this.parent = parent;
        this.segment = segment;
        this.depth = depth;
    }

    public static TreePath of(Object... segments) {
        TreePath p = ROOT;
        for (Object s : segments) {
            p = s instanceof Integer i ? p.index(i) : p.key(String.valueOf(s));
        }
        return p;
    }

    public TreePath key(String key) {
        return new TreePath(this, key, depth + 1);
    }

    public TreePath index(int index) {
        return new TreePath(this, index, depth + 1);
    }

    public boolean isRoot() {
        return depth == 0;
    }

    public int depth() {
        return depth;
    }

    /** The segments from the root: keys as strings, indexes as integers. */
    public List<Object> segments() {
        Object[] out = new Object[depth];
        TreePath p = this;
        for (int i = depth - 1; i >= 0; i--) {
            out[i] = p.segment;
            p = p.parent;
        }
        return Collections.unmodifiableList(java.util.Arrays.asList(out));
    }

    /** The segment at {@code i} as text ("3" for an index). */
    public String segment(int i) {
        TreePath p = this;
        for (int k = depth - 1; k > i; k--) {
            p = p.parent;
        }
        return String.valueOf(p.segment);
    }

    public String last() {
        return depth == 0 ? "" : String.valueOf(segment);
    }

    public TreePath parent() {
        return depth == 0 ? this : parent;
    }

    /**
     * Whether this path matches a pattern such as {@code services.*.ports.*}, where {@code *} matches one key or
     * index.
     */
    public boolean matches(String pattern) {
        return matches(PATTERNS.computeIfAbsent(pattern, p -> p.split("\\.")));
    }

    /** Whether this path matches a pattern compiled once with {@link #compile(String)}. */
    public boolean matches(Pattern pattern) {
        return matches(pattern.parts);
    }

    /** A pattern such as {@code services.*.ports}, split once for stages that test it on every node. */
    public static Pattern compile(String pattern) {
        return new Pattern(pattern, pattern.split("\\."));
    }

    /** A compiled path pattern; {@code *} matches one key or index. */
    public static final class Pattern {
        private final String text;
        private final String[] parts;

        private Pattern(String text, String[] parts) {
            this.text = text;
            this.parts = parts;
        }

        public int depth() {
            return parts.length;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private boolean matches(String[] parts) {
        if (parts.length != depth) {
            return false;
        }
        TreePath p = this;
        for (int i = parts.length - 1; i >= 0; i--) {
            String part = parts[i];
            if (!part.equals("*") && !matchesSegment(part, p.segment)) {
                return false;
            }
            p = p.parent;
        }
        return true;
    }

    private static boolean matchesSegment(String part, Object segment) {
        if (segment instanceof Integer index) {
            return !part.isEmpty() && part.chars().allMatch(Character::isDigit) && part.length() < 10
                    && Integer.parseInt(part) == index;
        }
        return part.equals(segment);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof TreePath other) || other.depth != depth) {
            return false;
        }
        TreePath a = this;
        TreePath b = other;
        while (a.depth > 0) {
            if (!a.segment.equals(b.segment)) {
                return false;
            }
            a = a.parent;
            b = b.parent;
        }
        return true;
    }

    @Override
    public int hashCode() {
        return segments().hashCode();
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (Object s : segments()) {
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
