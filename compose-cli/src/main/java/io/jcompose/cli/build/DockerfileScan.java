package io.jcompose.cli.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Dockerfile takes from named contexts, found without a full parse, so that only those files are sent (as
 * BuildKit transfers only what a build reads; a context may be {@code /usr/bin}): the sources of each
 * {@code COPY --from=NAME} / {@code ADD --from=NAME}, and the names used whole ({@code FROM NAME},
 * {@code RUN --mount=...,from=NAME}). Knows the escape directive, line continuations, comments, heredocs,
 * case-insensitive instructions and the JSON form; a {@code $VAR} in a source becomes {@code *}.
 */
record DockerfileScan(Map<String, List<String>> sources, Set<String> wholeContexts) {

    private static final Pattern ESCAPE = Pattern.compile("#\\s*escape\\s*=\\s*(\\S)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern DIRECTIVE = Pattern.compile("#\\s*[a-zA-Z]+\\s*=.*");
    private static final Pattern HEREDOC = Pattern.compile("<<(-?)([\"']?)([A-Za-z_][A-Za-z0-9_]*)\\2");
    private static final Pattern VARIABLE = Pattern.compile("\\$(\\{[^}]*}|[A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern MOUNT_FROM = Pattern.compile("(?:^|,)from=([^,\\s]+)");

    DockerfileScan {
        sources = Map.copyOf(sources);
        wholeContexts = Set.copyOf(wholeContexts);
    }

    static DockerfileScan of(String dockerfile) {
        Map<String, List<String>> sources = new LinkedHashMap<>();
        Set<String> whole = new LinkedHashSet<>();
        for (String line : logicalLines(dockerfile)) {
            String[] words = line.strip().split("\\s+", 2);
            String instruction = words[0].toUpperCase(Locale.ROOT);
            String rest = words.length > 1 ? words[1] : "";
            switch (instruction) {
                case "COPY", "ADD" -> copy(rest, sources);
                case "FROM" -> {
                    List<String> args = flagsAndArgs(rest).args();
                    if (!args.isEmpty()) {
                        whole.add(args.getFirst());
                    }
                }
                case "RUN" -> flagsAndArgs(rest).flags().stream().filter(f -> f.startsWith("--mount="))
                        .map(f -> MOUNT_FROM.matcher(f.substring("--mount=".length())))
                        .filter(Matcher::find).forEach(m -> whole.add(m.group(1)));
                default -> { }
            }
        }
        return new DockerfileScan(sources, whole);
    }

    private static void copy(String rest, Map<String, List<String>> sources) {
        FlagsAndArgs parsed = flagsAndArgs(rest);
        String from = parsed.flags().stream().filter(f -> f.startsWith("--from=")).map(f -> f.substring(7))
                .findFirst().orElse(null);
        List<String> args = parsed.args();
        if (from == null || args.size() < 2) {
            return;
        }
        List<String> list = sources.computeIfAbsent(from, k -> new ArrayList<>());
        for (String source : args.subList(0, args.size() - 1)) {
            if (!source.startsWith("<<")) {
                list.add(VARIABLE.matcher(source).replaceAll("*"));
            }
        }
    }

    private record FlagsAndArgs(List<String> flags, List<String> args) {
    }

    private static FlagsAndArgs flagsAndArgs(String rest) {
        List<String> flags = new ArrayList<>();
        String s = rest.strip();
        while (s.startsWith("--")) {
            String[] parts = s.split("\\s+", 2);
            flags.add(parts[0]);
            s = parts.length > 1 ? parts[1].strip() : "";
        }
        List<String> args = s.startsWith("[") ? JsonWords.parse(s) : null;
        if (args == null) {
            args = s.isEmpty() ? List.of() : List.of(s.split("\\s+"));
        }
        return new FlagsAndArgs(flags, args);
    }

    /** The instructions, continuations joined, comments and heredoc bodies left out. */
    static List<String> logicalLines(String dockerfile) {
        String[] lines = dockerfile.split("\r?\n", -1);
        char escape = '\\';
        int i = 0;
        for (; i < lines.length; i++) { // parser directives: only at the very top
            Matcher m = ESCAPE.matcher(lines[i].strip());
            if (m.matches() && (m.group(1).equals("`") || m.group(1).equals("\\"))) {
                escape = m.group(1).charAt(0);
            } else if (!DIRECTIVE.matcher(lines[i].strip()).matches()) {
                break;
            }
        }
        List<String> result = new ArrayList<>();
        StringBuilder current = null;
        for (; i < lines.length; i++) {
            String line = lines[i];
            String stripped = line.strip();
            if (stripped.startsWith("#") || stripped.isEmpty()) {
                continue;
            }
            String trimmed = line.stripTrailing();
            boolean continues = !trimmed.isEmpty() && trimmed.charAt(trimmed.length() - 1) == escape;
            String text = continues ? trimmed.substring(0, trimmed.length() - 1) : line;
            current = current == null ? new StringBuilder(text) : current.append(' ').append(text.strip());
            if (continues) {
                continue;
            }
            String instruction = current.toString();
            result.add(instruction);
            current = null;
            i = skipHeredocs(instruction, lines, i);
        }
        if (current != null) {
            result.add(current.toString());
        }
        return result;
    }

    /** Skips the bodies of the heredocs an instruction opens; returns the index of the last line skipped. */
    private static int skipHeredocs(String instruction, String[] lines, int i) {
        Matcher m = HEREDOC.matcher(instruction);
        while (m.find()) {
            boolean dash = !m.group(1).isEmpty();
            String word = m.group(3);
            for (i++; i < lines.length; i++) {
                String l = dash ? lines[i].replaceFirst("^\t+", "") : lines[i];
                if (l.equals(word) || l.stripTrailing().equals(word)) {
                    break;
                }
            }
        }
        return i;
    }
}
