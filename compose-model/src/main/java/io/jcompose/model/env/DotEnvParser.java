package io.jcompose.model.env;

import io.jcompose.model.interpolation.MissingVariableException;
import io.jcompose.model.interpolation.Quote;
import io.jcompose.model.interpolation.Template;
import io.jcompose.model.interpolation.TemplateSyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads env files with docker compose's rules: {@code KEY=VALUE} (or {@code KEY: VALUE}), an optional
 * {@code export } prefix, {@code #} comment lines, blank lines, single-quoted literal values, double-quoted values
 * with escapes and interpolation, unquoted values trimmed, cut at {@code " #"} and interpolated, quoted values
 * spanning lines, and a lone {@code KEY} taking its value from the outer environment when set there.
 * Interpolation sees the outer environment first, then the variables defined earlier in the file.
 */
public final class DotEnvParser {

    private final String file;
    private final String src;
    private final Function<String, Optional<String>> outer;
    private final Consumer<String> unset;
    private final Map<String, String> values = new LinkedHashMap<>();
    private int pos;

    private DotEnvParser(String file, String src, Function<String, Optional<String>> outer,
            Consumer<String> unset) {
        this.file = file;
        this.src = src;
        this.outer = outer;
        this.unset = unset;
    }

    /**
     * The variables of {@code text}, in file order. {@code outer} answers lookups before the file's own
     * variables; {@code unset} hears each variable read while unset. Errors are {@link EnvFileException}s naming
     * {@code file} and the line.
     */
    public static Map<String, String> parse(String file, String text, Function<String, Optional<String>> outer,
            Consumer<String> unset) {
        String src = text.replace("\r\n", "\n");
        if (src.startsWith("\uFEFF")) {
            src = src.substring(1);
        }
        DotEnvParser p = new DotEnvParser(file, src, outer, unset);
        p.run();
        return p.values;
    }

    private void run() {
        while (skipToStatement()) {
            if (src.startsWith("export", pos) && pos + 6 < src.length() && isSpace(src.charAt(pos + 6))) {
                pos += 6;
                skipSpaces();
            }
            int keyStart = pos;
            int k = pos;
            char separator = 0;
            for (; k < src.length(); k++) {
                char c = src.charAt(k);
                if (c == '=' || c == ':' || c == '\n') {
                    separator = c;
                    break;
                }
                if (!isSpace(c) && !isKeyChar(c)) {
                    throw error(k, "unexpected character " + Quote.of(String.valueOf(c)) + " in variable name "
                            + Quote.of(firstLine(keyStart)));
                }
            }
            String key = src.substring(keyStart, k).strip();
            if (key.isEmpty()) {
                throw error(k, "unexpected character " + Quote.of(String.valueOf(separator))
                        + " in variable name " + Quote.of(firstLine(keyStart)));
            }
            if (key.chars().anyMatch(c -> isSpace((char) c))) {
                throw error(keyStart, "key cannot contain a space");
            }
            pos = Math.min(k + 1, src.length());
            if (separator == '\n' || separator == 0) {
                outer.apply(key).ifPresent(v -> values.put(key, v));
                continue;
            }
            skipSpaces();
            values.put(key, value());
        }
    }

    private String value() {
        if (pos < src.length() && (src.charAt(pos) == '"' || src.charAt(pos) == '\'')) {
            return quoted();
        }
        int start = pos;
        int end = src.indexOf('\n', pos);
        end = end < 0 ? src.length() : end;
        pos = end;
        String raw = src.substring(start, end);
        int comment = raw.indexOf(" #");
        if (comment >= 0) {
            raw = raw.substring(0, comment);
        }
        return interpolate(raw.stripTrailing(), start);
    }

    private String quoted() {
        int start = pos;
        char quote = src.charAt(pos);
        StringBuilder chars = new StringBuilder();
        boolean escape = false;
        for (int i = pos + 1; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == quote && !escape) {
                pos = i + 1;
                String value = chars.toString();
                return quote == '"' ? interpolate(Escapes.expand(value), start) : value;
            }
            if (c == '\\' && !escape) {
                escape = true;
                continue;
            }
            if (escape && c != quote) {
                chars.append('\\');
            }
            escape = false;
            chars.append(c);
        }
        throw error(start, "unterminated quoted value " + firstLine(start));
    }

    private String interpolate(String value, int offset) {
        try {
            return Template.parse(value).evaluate(this::lookup, unset);
        } catch (TemplateSyntaxException e) {
            throw error(offset, "invalid interpolation format for " + Quote.of(value)
                    + ": you may need to escape any $ with another $");
        } catch (MissingVariableException e) {
            throw error(offset, e.getMessage());
        }
    }

    private Optional<String> lookup(String name) {
        Optional<String> v = outer.apply(name);
        return v.isPresent() ? v : Optional.ofNullable(values.get(name));
    }

    /** Skips blank space and comment lines; false at the end of the file. */
    private boolean skipToStatement() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '#') {
                int eol = src.indexOf('\n', pos);
                pos = eol < 0 ? src.length() : eol + 1;
            } else if (c == '\n' || Character.isWhitespace(c)) {
                pos++;
            } else {
                return true;
            }
        }
        return false;
    }

    private void skipSpaces() {
        while (pos < src.length() && isSpace(src.charAt(pos))) {
            pos++;
        }
    }

    private String firstLine(int from) {
        int eol = src.indexOf('\n', from);
        return src.substring(from, eol < 0 ? src.length() : eol);
    }

    private EnvFileException error(int offset, String problem) {
        int line = 1;
        for (int i = 0; i < offset && i < src.length(); i++) {
            if (src.charAt(i) == '\n') {
                line++;
            }
        }
        return new EnvFileException(file, line, problem);
    }

    /** White space other than a line break. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u0085' || c == '\u00A0';
    }

    private static boolean isKeyChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == '[' || c == ']';
    }
}
