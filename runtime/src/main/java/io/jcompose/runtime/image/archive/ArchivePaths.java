package io.jcompose.runtime.image.archive;

import java.util.ArrayDeque;
import java.util.Deque;

/** Entry names inside an archive, checked: nothing in a tar may name a place outside the archive. */
final class ArchivePaths {

    private ArchivePaths() {
    }

    /** The entry's path without {@code ./} or trailing slashes; rejects absolute names and {@code ..}. */
    static String clean(String name) {
        if (name.startsWith("/")) {
            throw ArchiveException.entry(name, "absolute paths are not allowed in an image archive");
        }
        StringBuilder out = new StringBuilder();
        for (String part : name.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                throw ArchiveException.entry(name, "\"..\" is not allowed in an image archive");
            }
            out.append(out.isEmpty() ? "" : "/").append(part);
        }
        if (out.isEmpty()) {
            throw ArchiveException.entry(name, "empty path");
        }
        return out.toString();
    }

    /** Where a link entry {@code name} pointing at {@code target} lands, relative to the archive root. */
    static String linkTarget(String name, String target, boolean symbolic) {
        if (target.startsWith("/")) {
            throw ArchiveException.entry(name, "link target \"" + target + "\" is absolute");
        }
        Deque<String> parts = new ArrayDeque<>();
        if (symbolic) {
            String[] dirs = name.split("/");
            for (int i = 0; i < dirs.length - 1; i++) {
                parts.addLast(dirs[i]);
            }
        }
        for (String part : target.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    throw ArchiveException.entry(name, "link target \"" + target + "\" leaves the archive");
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        if (parts.isEmpty()) {
            throw ArchiveException.entry(name, "link target \"" + target + "\" is the archive root");
        }
        return String.join("/", parts);
    }
}
