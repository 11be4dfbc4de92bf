package io.jcompose.cli.build;

import java.util.ArrayList;
import java.util.List;

/** The exec (JSON array) form of a Dockerfile instruction's arguments: {@code ["a", "b c"]}. */
final class JsonWords {

    private JsonWords() {
    }

    /** The strings of a JSON array of strings, or null when the text is not one (then it is the shell form). */
    static List<String> parse(String text) {
        String s = text.strip();
        if (!s.startsWith("[") || !s.endsWith("]")) {
            return null;
        }
        List<String> words = new ArrayList<>();
        int i = 1;
        while (true) {
            i = skipSpace(s, i);
            if (s.charAt(i) == ']' && words.isEmpty()) {
                return i == s.length() - 1 ? words : null;
            }
            if (s.charAt(i) != '"') {
                return null;
            }
            StringBuilder word = new StringBuilder();
            for (i++; i < s.length() && s.charAt(i) != '"'; i++) {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < s.length()) {
                    char e = s.charAt(++i);
                    switch (e) {
                        case 'n' -> word.append('\n');
                        case 't' -> word.append('\t');
                        case 'u' -> {
                            if (i + 4 >= s.length()) {
                                return null;
                            }
                            try {
                                word.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                            } catch (NumberFormatException notHex) {
                                return null;
                            }
                            i += 4;
                        }
                        default -> word.append(e);
                    }
                } else {
                    word.append(c);
                }
            }
            if (i >= s.length()) {
                return null;
            }
            words.add(word.toString());
            i = skipSpace(s, i + 1);
            if (s.charAt(i) == ']') {
                return i == s.length() - 1 ? words : null;
            }
            if (s.charAt(i) != ',') {
                return null;
            }
            i++;
        }
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() - 1 && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
