package io.jcompose.runtime.build;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code .dockerignore} with docker's rules: one pattern a line, {@code #} comments, paths cleaned and relative to
 * the context root, {@code *} and {@code ?} within one path element, {@code **} across any number of them, a
 * leading {@code !} re-including, and the last matching pattern deciding. A pattern also excludes what is below
 * a directory it matches.
 */
public final class DockerIgnore {

    private record Rule(String pattern, Pattern regex, boolean exception) {
    }

    private final List<Rule> rules;

    private DockerIgnore(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static DockerIgnore none() {
        return new DockerIgnore(List.of());
    }

    public static DockerIgnore parse(String text) {
        List<Rule> rules = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean exception = line.startsWith("!");
            if (exception) {
                line = line.substring(1).strip();
            }
            String cleaned = ContextPaths.clean(line);
            if (cleaned.isEmpty()) {
                continue;
            }
            rules.add(new Rule(cleaned, Pattern.compile(regex(cleaned)), exception));
        }
        return new DockerIgnore(rules);
    }

    /** Whether the context path (relative, {@code /}-separated) is left out of the build context. */
    public boolean ignored(String path) {
        String p = ContextPaths.clean(path);
        boolean out = false;
        for (Rule r : rules) {
            if (r.exception() == out && matchesOrParent(r.regex(), p)) {
                out = !r.exception();
            }
        }
        return out;
    }

    /** Whether an exception could re-include something below {@code dir}, so a walk must not skip it. */
    public boolean hasExceptions() {
        return rules.stream().anyMatch(Rule::exception);
    }

    private static boolean matchesOrParent(Pattern regex, String path) {
        if (regex.matcher(path).matches()) {
            return true;
        }
        for (int i = path.indexOf('/'); i > 0; i = path.indexOf('/', i + 1)) {
            if (regex.matcher(path.substring(0, i)).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Go's filepath.Match syntax, plus {@code **} for any number of path elements. */
    static String regex(String pattern) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
                i++;
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '/') {
                    i++;
                    re.append("(?:.*/)?");
                } else {
                    re.append(".*");
                }
            } else if (c == '*') {
                re.append("[^/]*");
            } else if (c == '?') {
                re.append("[^/]");
            } else if (c == '[') {
                int end = pattern.indexOf(']', i + 1);
                if (end < 0) {
                    throw new BuildException("syntax error in pattern \"" + pattern + "\": unclosed [");
                }
                String set = pattern.substring(i + 1, end);
                re.append('[').append(set.replace("\\", "\\\\").replace("[", "\\[")).append(']');
                i = end;
            } else if (c == '\\' && i + 1 < pattern.length()) {
                re.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return re.toString();
    }
}
