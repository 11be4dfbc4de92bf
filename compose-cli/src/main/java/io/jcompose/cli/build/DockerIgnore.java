package io.jcompose.cli.build;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a {@code .dockerignore} as the docker CLI applies them before it sends a context: comments and blank
 * lines skipped, each line cleaned ({@code ./a/../b} is {@code b}, a leading {@code /} dropped), {@code !} lines
 * re-include, and the last line that matches a path or one of its parents decides.
 */
final class DockerIgnore {

    /** One line: the pattern and whether it is a {@code !} exception. */
    record Rule(PathPattern pattern, boolean exception) {
    }

    static final DockerIgnore NONE = new DockerIgnore(List.of());

    private final List<Rule> rules;

    private DockerIgnore(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static DockerIgnore parse(String text) {
        List<Rule> rules = new ArrayList<>();
        for (String raw : text.split("\r?\n", -1)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean exception = line.startsWith("!");
            if (exception) {
                line = line.substring(1).strip();
            }
            line = clean(line);
            if (line.length() > 1 && line.startsWith("/")) {
                line = line.substring(1);
            }
            if (!line.isEmpty()) {
                rules.add(new Rule(PathPattern.of(line), exception));
            }
        }
        return new DockerIgnore(rules);
    }

    /** Go's {@code filepath.Clean} on a {@code /}-separated path. */
    static String clean(String path) {
        boolean absolute = path.startsWith("/");
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..") && !parts.isEmpty() && !parts.getLast().equals("..")) {
                parts.removeLast();
            } else if (!part.equals("..") || !absolute) {
                parts.add(part);
            }
        }
        String joined = String.join("/", parts);
        return absolute ? "/" + joined : joined.isEmpty() ? "." : joined;
    }

    List<Rule> rules() {
        return rules;
    }

    /** Whether {@code path} (relative to the context) is left out of it. */
    boolean excludes(String path) {
        boolean excluded = false;
        for (Rule r : rules) {
            if (r.pattern().matchesOrParent(path)) {
                excluded = !r.exception();
            }
        }
        return excluded;
    }

    /** Whether an excluded directory must still be walked because an exception may re-include something in it. */
    boolean mayReincludeUnder(String dir) {
        return rules.stream().anyMatch(r -> r.exception() && r.pattern().mayMatchUnder(dir));
    }
}
