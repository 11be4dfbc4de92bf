package io.jcompose.runtime.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Dockerfile text the way docker's parser does: parser directives ({@code # escape=`}, {@code # syntax=}
 * ignored) at the top, comments, line continuations with the escape character, flags, the exec (JSON) form and
 * heredocs after RUN, COPY and ADD.
 */
final class DockerfileParser {

    static final Map<String, Set<String>> FLAGS = Map.ofEntries(
            Map.entry("FROM", Set.of("platform")), Map.entry("RUN", Set.of("mount", "network", "security")),
            Map.entry("COPY", Set.of("from", "chown", "chmod", "link", "parents", "exclude")),
            Map.entry("ADD", Set.of("chown", "chmod", "link", "checksum", "keep-git-dir", "exclude")),
            Map.entry("ENV", Set.of()), Map.entry("ARG", Set.of()), Map.entry("WORKDIR", Set.of()),
            Map.entry("USER", Set.of()), Map.entry("CMD", Set.of()), Map.entry("ENTRYPOINT", Set.of()),
            Map.entry("EXPOSE", Set.of()), Map.entry("LABEL", Set.of()), Map.entry("VOLUME", Set.of()),
            Map.entry("HEALTHCHECK", Set.of("interval", "timeout", "start-period", "start-interval", "retries")),
            Map.entry("STOPSIGNAL", Set.of()), Map.entry("SHELL", Set.of()), Map.entry("ONBUILD", Set.of()),
            Map.entry("MAINTAINER", Set.of()));
    private static final Pattern DIRECTIVE = Pattern.compile("^#\\s*([a-zA-Z][a-zA-Z0-9]*)\\s*=\\s*(.+?)\\s*$");
    private static final Pattern HEREDOC = Pattern.compile("<<(-?)([\"']?)([A-Za-z_][A-Za-z0-9_]*)\\2");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String name;
    private final String[] lines;
    private char escape = '\\';
    private int next;

    DockerfileParser(String name, String text) {
        this.name = name;
        this.lines = text.replace("\r\n", "\n").split("\n", -1);
    }

    Dockerfile parse() {
        directives();
        List<Instruction> out = new ArrayList<>();
        while (next < lines.length) {
            String line = lines[next].strip();
            int start = next + 1;
            next++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            StringBuilder logical = new StringBuilder();
            while (endsWithEscape(line)) {
                logical.append(line, 0, line.length() - 1);
                line = null;
                while (next < lines.length) {
                    String more = lines[next++].strip();
                    if (!more.isEmpty() && !more.startsWith("#")) {
                        line = more;
                        break;
                    }
                }
                if (line == null) {
                    line = "";
                }
            }
            logical.append(line);
            out.add(instruction(logical.toString().strip(), start));
        }
        return new Dockerfile(name, escape, out);
    }

    private void directives() {
        while (next < lines.length) {
            Matcher m = DIRECTIVE.matcher(lines[next].strip());
            if (!m.matches()) {
                return;
            }
            String key = m.group(1).toLowerCase(Locale.ROOT);
            if (key.equals("escape")) {
                String value = m.group(2);
                if (!value.equals("\\") && !value.equals("`")) {
                    throw new DockerfileException(name, next + 1, "invalid escape token '" + value
                            + "' does not match ` or \\");
                }
                escape = value.charAt(0);
            } else if (!key.equals("syntax") && !key.equals("check")) {
                return;
            }
            next++;
        }
    }

    private boolean endsWithEscape(String line) {
        return !line.isEmpty() && line.charAt(line.length() - 1) == escape && !line.startsWith("#");
    }

    private Instruction instruction(String text, int line) {
        int space = firstSpace(text);
        String keyword = (space < 0 ? text : text.substring(0, space)).toUpperCase(Locale.ROOT);
        String rest = space < 0 ? "" : text.substring(space).strip();
        Set<String> allowed = FLAGS.get(keyword);
        if (allowed == null) {
            throw new DockerfileException(name, line, "unknown instruction: " + keyword);
        }
        Map<String, String> flags = new LinkedHashMap<>();
        while (rest.startsWith("--")) {
            int end = firstSpace(rest);
            String flag = (end < 0 ? rest : rest.substring(0, end)).substring(2);
            rest = end < 0 ? "" : rest.substring(end).strip();
            int eq = flag.indexOf('=');
            String key = eq < 0 ? flag : flag.substring(0, eq);
            if (!allowed.contains(key)) {
                throw new DockerfileException(name, line, "unknown flag: --" + key + " (" + keyword + " accepts "
                        + (allowed.isEmpty() ? "no flags" : String.join(", ", allowed.stream().sorted()
                        .map(f -> "--" + f).toList())) + ")");
            }
            flags.put(key, eq < 0 ? "true" : flag.substring(eq + 1));
        }
        if (rest.isEmpty() && !keyword.equals("HEALTHCHECK")) {
            throw new DockerfileException(name, line, keyword + " requires at least one argument");
        }
        List<String> heredocs = new ArrayList<>();
        if (Set.of("RUN", "COPY", "ADD").contains(keyword) && !rest.startsWith("[")) {
            Matcher m = HEREDOC.matcher(rest);
            while (m.find()) {
                heredocs.add(heredoc(m.group(3), !m.group(1).isEmpty(), line));
            }
        }
        return new Instruction(keyword, flags, rest, json(rest), heredocs, line);
    }

    private String heredoc(String terminator, boolean stripTabs, int line) {
        StringBuilder body = new StringBuilder();
        while (next < lines.length) {
            String raw = lines[next++];
            String l = stripTabs ? raw.replaceFirst("^\t+", "") : raw;
            if (l.equals(terminator)) {
                return body.toString();
            }
            body.append(l).append('\n');
        }
        throw new DockerfileException(name, line, "unterminated heredoc: no line \"" + terminator + "\" follows");
    }

    static Optional<List<String>> json(String args) {
        if (!args.startsWith("[")) {
            return Optional.empty();
        }
        try {
            String[] words = JSON.readValue(args, String[].class);
            for (String w : words) {
                if (w == null) {
                    return Optional.empty();
                }
            }
            return Optional.of(List.of(words));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    private static int firstSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
