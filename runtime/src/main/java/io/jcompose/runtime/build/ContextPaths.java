package io.jcompose.runtime.build;

import java.util.ArrayDeque;
import java.util.Deque;

/** Path text inside a build context or an image, cleaned like Go's {@code path.Clean}, never escaping its root. */
final class ContextPaths {

    private ContextPaths() {
    }

    /** {@code ./a//b/../c/} becomes {@code a/c}; the root is {@code ""}; {@code ..} above the root is dropped. */
    static String clean(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String p : path.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(p);
            }
        }
        return String.join("/", parts);
    }

    /** An absolute path in the image: {@code rel} resolved against {@code workdir} when relative. */
    static String inImage(String workdir, String rel) {
        String base = rel.startsWith("/") ? rel : (workdir == null || workdir.isEmpty() ? "/" : workdir) + "/" + rel;
        return "/" + clean(base);
    }

    static boolean hasGlob(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0;
    }
}
