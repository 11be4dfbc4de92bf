package io.jcompose.model.normalize;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a service {@code env_file} in the dotenv format compose uses: {@code KEY=VALUE} lines, optional
 * {@code export}, comments, single quotes (literal), double quotes (escapes and {@code ${VAR}}), unquoted values
 * with {@code ${VAR}} and trailing {@code #} comments; a bare {@code KEY} takes the variable if it is set.
 */
final class EnvFileParser {

    private EnvFileParser() {
    }

    static void parse(String content, Map<String, String> into, Function<String, Optional<String>> lookup) {
        String[] lines = content.replace("\r\n", "\n").split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("export ")) {
                line = line.substring(7).strip();
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                String key = line;
                if (!key.matches("[A-Za-z0-9_.\\-\\[\\]]+")) {
                    throw new IllegalArgumentException("line " + (n + 1) + ": unexpected character in \"" + key + "\"");
                }
                Optional<String> v = lookup.apply(key).or(() -> Optional.ofNullable(into.get(key)));
                v.ifPresent(value -> into.put(key, value));
                continue;
            }
            String key = line.substring(0, eq).strip();
            String raw = line.substring(eq + 1).stripLeading();
            Function<String, Optional<String>> vars = name -> lookup.apply(name)
                    .or(() -> Optional.ofNullable(into.get(name)));
            if (raw.startsWith("'") || raw.startsWith("\"")) {
                char quote = raw.charAt(0);
                StringBuilder value = new StringBuilder(raw.substring(1));
                while (closing(value, quote) < 0 && n + 1 < lines.length) {
                    value.append('\n').append(lines[++n]);
                }
                int end = closing(value, quote);
                if (end < 0) {
                    throw new IllegalArgumentException("line " + (n + 1) + ": unterminated quoted value");
                }
                String inner = value.substring(0, end);
                into.put(key, quote == '\'' ? inner : Substitution.apply(unescape(inner), vars));
            } else {
                int comment = raw.indexOf(" #");
                String value = (comment >= 0 ? raw.substring(0, comment) : raw).strip();
                into.put(key, Substitution.apply(value, vars));
            }
        }
    }

    private static int closing(CharSequence s, char quote) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\\' && quote == '"') {
                i++;
            } else if (s.charAt(i) == quote) {
                return i;
            }
        }
        return -1;
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                switch (next) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    default -> b.append(next);
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
