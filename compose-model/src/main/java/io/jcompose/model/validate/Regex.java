package io.jcompose.model.validate;

import java.util.regex.Pattern;

/**
 * A schema's regular expression with JSON Schema's meaning: it matches when it finds a match anywhere in the
 * text. The common {@code ^x-} form is checked as a plain prefix, which costs no regex engine at start-up.
 */
record Regex(String source, String prefix, Pattern pattern) {

    static Regex of(String source) {
        if (source.length() > 1 && source.charAt(0) == '^' && isPlain(source.substring(1))) {
            return new Regex(source, source.substring(1), null);
        }
        return new Regex(source, null, Pattern.compile(source));
    }

    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 128 || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    boolean find(String text) {
        return prefix != null ? text.startsWith(prefix) : pattern.matcher(text).find();
    }
}
