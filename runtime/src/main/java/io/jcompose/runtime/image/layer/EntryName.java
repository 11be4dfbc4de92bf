package io.jcompose.runtime.image.layer;

import java.util.ArrayList;
import java.util.List;

/**
 * A tar entry name cleaned into path components below the layer root: leading slashes dropped (absolute names
 * become relative, as docker does), empty and {@code .} components dropped, any {@code ..} refused.
 */
record EntryName(String raw, List<String> components) {

    EntryName {
        components = List.copyOf(components);
    }

    /** Cleans {@code raw}; throws naming the entry if a component is {@code ..} or the name holds a NUL. */
    static EntryName of(String raw, String layer) throws LayerException {
        if (raw.indexOf('\0') >= 0) {
            throw LayerException.entry(layer, raw, "has a NUL character in its name");
        }
        List<String> parts = new ArrayList<>();
        for (String part : raw.split("/")) {
            if (part.equals("..")) {
                throw LayerException.entry(layer, raw, "escapes the layer directory");
            }
            if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        return new EntryName(raw, parts);
    }

    /** True for the layer root itself ({@code ./} or {@code /}). */
    boolean isRoot() {
        return components.isEmpty();
    }

    /** The last component; only for non-root names. */
    String base() {
        return components.getLast();
    }

    /** The components of the parent directory. */
    List<String> parent() {
        return components.subList(0, components.size() - 1);
    }

    /** The same directory with another last component (for whiteouts: {@code a/.wh.b} -> {@code a/b}). */
    EntryName withBase(String base) {
        List<String> parts = new ArrayList<>(parent());
        parts.add(base);
        return new EntryName(raw, parts);
    }
}
