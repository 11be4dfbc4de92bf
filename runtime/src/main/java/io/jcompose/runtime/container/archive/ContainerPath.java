package io.jcompose.runtime.container.archive;

import java.util.ArrayList;
import java.util.List;

/**
 * A path inside a container as {@code docker cp} names it: made absolute and cleaned lexically ({@code ..} stops at
 * {@code /}), remembering whether a trailing {@code /} or {@code /.} asked for its last symlink to be followed.
 *
 * @param components the cleaned path's components below {@code /}
 * @param followLast whether the last component is resolved too (a trailing separator or dot, or the root)
 */
public record ContainerPath(List<String> components, boolean followLast) {

    public ContainerPath {
        components = List.copyOf(components);
    }

    /** Cleans {@code raw}; refuses an empty path and NUL characters with docker's messages. */
    public static ContainerPath of(String raw) {
        if (raw == null || raw.isEmpty()) {
            throw new IllegalArgumentException("bad parameter: 'path' cannot be empty");
        }
        if (raw.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("invalid path \"" + raw.replace("\0", "\\x00")
                    + "\": it contains a NUL character");
        }
        List<String> parts = new ArrayList<>();
        for (String part : raw.split("/")) {
            if (part.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.removeLast();
                }
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        boolean follow = parts.isEmpty() || raw.endsWith("/") || raw.endsWith("/.") || raw.equals(".");
        return new ContainerPath(parts, follow);
    }

    /** What the stat's {@code name} and the archive's top entry are called: the last component, or {@code /}. */
    public String name() {
        return components.isEmpty() ? "/" : components.getLast();
    }

    public boolean isRoot() {
        return components.isEmpty();
    }

    /** The cleaned absolute path, without the trailing separator. */
    @Override
    public String toString() {
        return "/" + String.join("/", components);
    }
}
