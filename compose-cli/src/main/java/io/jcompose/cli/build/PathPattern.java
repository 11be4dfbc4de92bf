package io.jcompose.cli.build;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One path pattern with docker's rules ({@code .dockerignore} lines and COPY sources): {@code *} and {@code ?}
 * stop at {@code /}, {@code **} crosses directories (also none), {@code [a-z]} / {@code [!a-z]} classes,
 * {@code \} escapes the next character. Paths are relative, {@code /}-separated, without a leading {@code /}.
 */
record PathPattern(String text, Pattern regex) {

    static PathPattern of(String text) {
        StringBuilder re = new StringBuilder("^");
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '*') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '*') {
                    i += 2;
                    if (i < text.length() && text.charAt(i) == '/') {
                        i++;
                    }
                    re.append(i >= text.length() ? ".*" : "(.*/)?");
                    continue;
                }
                re.append("[^/]*");
            } else if (c == '?') {
                re.append("[^/]");
            } else if (c == '[') {
                int end = text.indexOf(']', i + 2);
                if (end < 0) {
                    re.append("\\[");
                } else {
                    String inside = text.substring(i + 1, end);
                    if (inside.startsWith("!") || inside.startsWith("^")) {
                        inside = "^" + inside.substring(1);
                    }
                    re.append('[').append(inside.replace("\\", "\\\\").replace("[", "\\[")).append(']');
                    i = end;
                }
            } else if (c == '\\' && i + 1 < text.length()) {
                i++;
                re.append(Pattern.quote(String.valueOf(text.charAt(i))));
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
            i++;
        }
        try {
            return new PathPattern(text, Pattern.compile(re.append('$').toString()));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("invalid pattern \"" + text + "\": " + e.getDescription(), e);
        }
    }

    /** Whether the pattern matches this path exactly (not a parent of it). */
    boolean matches(String path) {
        return regex.matcher(path).matches();
    }

    /** Whether it matches the path or one of its parent directories, as {@code .dockerignore} lines do. */
    boolean matchesOrParent(String path) {
        if (matches(path)) {
            return true;
        }
        for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
            if (matches(path.substring(0, slash))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a path under directory {@code dir} might match: its leading segments do not rule it out. */
    boolean mayMatchUnder(String dir) {
        String[] want = text.split("/");
        String[] have = dir.split("/");
        for (int i = 0; i < have.length; i++) {
            if (i >= want.length) {
                return false;
            }
            if (want[i].contains("**")) {
                return true;
            }
            if (!PathPattern.of(want[i]).matches(have[i])) {
                return false;
            }
        }
        return want.length > have.length;
    }

    static boolean hasMeta(String text) {
        return text.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '\\');
    }
}
