package io.jcompose.runtime.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The builder's small shell language for instruction arguments: words split on unquoted blanks, single quotes
 * literal, double quotes grouping, the escape character, and {@code $VAR}, {@code ${VAR}}, {@code ${VAR:-x}},
 * {@code ${VAR-x}}, {@code ${VAR:+x}}, {@code ${VAR+x}}, {@code ${VAR:?msg}} replaced from the build's variables.
 */
public final class ShellWords {

    private final String text;
    private final Map<String, String> vars;
    private final char escape;
    private int pos;

    private ShellWords(String text, Map<String, String> vars, char escape) {
        this.text = text;
        this.vars = vars;
        this.escape = escape;
    }

    /** The words of {@code text} after substitution and quote removal. */
    public static List<String> words(String text, Map<String, String> vars, char escape) {
        return new ShellWords(text, vars, escape).split(true);
    }

    /** {@code text} as one word: substitution and quote removal, blanks kept. */
    public static String word(String text, Map<String, String> vars, char escape) {
        return String.join("", new ShellWords(text, vars, escape).split(false));
    }

    private List<String> split(boolean onBlanks) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (onBlanks && Character.isWhitespace(c)) {
                pos++;
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                continue;
            }
            inWord = true;
            if (c == '\'') {
                int end = text.indexOf('\'', pos + 1);
                if (end < 0) {
                    throw new BuildException("unexpected end of statement while looking for matching single-quote"
                            + " in \"" + text + "\"");
                }
                word.append(text, pos + 1, end);
                pos = end + 1;
            } else if (c == '"') {
                pos++;
                doubleQuoted(word);
            } else if (c == escape) {
                pos++;
                if (pos < text.length()) {
                    word.append(text.charAt(pos++));
                }
            } else if (c == '$') {
                word.append(variable());
            } else {
                word.append(c);
                pos++;
            }
        }
        if (inWord || !onBlanks) {
            words.add(word.toString());
        }
        return words;
    }

    private void doubleQuoted(StringBuilder word) {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return;
            }
            if (c == escape && pos + 1 < text.length() && "\"$`\\".indexOf(text.charAt(pos + 1)) >= 0
                    || c == escape && pos + 1 < text.length() && text.charAt(pos + 1) == escape) {
                word.append(text.charAt(pos + 1));
                pos += 2;
            } else if (c == '$') {
                word.append(variable());
            } else {
                word.append(c);
                pos++;
            }
        }
        throw new BuildException("unexpected end of statement while looking for matching double-quote in \""
                + text + "\"");
    }

    /** At a {@code $}: the variable's value (empty if unset), or a lone {@code $}. */
    private String variable() {
        pos++;
        if (pos >= text.length()) {
            return "$";
        }
        char c = text.charAt(pos);
        if (c == '{') {
            return braced();
        }
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        if (start == pos) {
            return "$";
        }
        return vars.getOrDefault(text.substring(start, pos), "");
    }

    private String braced() {
        int close = matchingBrace(pos);
        String inner = text.substring(pos + 1, close);
        pos = close + 1;
        int i = 0;
        while (i < inner.length() && (Character.isLetterOrDigit(inner.charAt(i)) || inner.charAt(i) == '_')) {
            i++;
        }
        String name = inner.substring(0, i);
        if (name.isEmpty()) {
            throw new BuildException("bad substitution: \"${" + inner + "}\" in \"" + text + "\"");
        }
        String value = vars.get(name);
        if (i == inner.length()) {
            return value == null ? "" : value;
        }
        boolean colon = inner.charAt(i) == ':';
        int op = colon ? i + 1 : i;
        if (op >= inner.length()) {
            throw new BuildException("bad substitution: \"${" + inner + "}\" in \"" + text + "\"");
        }
        String arg = word(inner.substring(op + 1), vars, escape);
        boolean set = value != null && (!colon || !value.isEmpty());
        return switch (inner.charAt(op)) {
            case '-' -> set ? value : arg;
            case '+' -> set ? arg : "";
            case '?' -> {
                if (!set) {
                    throw new BuildException(name + ": " + (arg.isEmpty() ? "is not allowed to be unset" : arg));
                }
                yield value;
            }
            default -> throw new BuildException("unsupported modifier (" + inner.charAt(op) + ") in substitution \"${"
                    + inner + "}\"");
        };
    }

    private int matchingBrace(int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == escape) {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new BuildException("missing '}' in substitution in \"" + text + "\"");
    }
}
