package io.jcompose.runtime.api.image;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Shell-style patterns as docker's reference filter uses them: {@code *} and {@code ?} stop at {@code /}. */
final class Glob {

    private Glob() {
    }

    static boolean matches(String pattern, String text) {
        try {
            return Pattern.compile(toRegex(pattern)).matcher(text).matches();
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    static String toRegex(String glob) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> re.append("[^/]*");
                case '?' -> re.append("[^/]");
                case '[' -> {
                    int end = glob.indexOf(']', i + 1);
                    if (end < 0) {
                        re.append("\\[");
                    } else {
                        String set = glob.substring(i + 1, end);
                        re.append('[').append(set.startsWith("^") ? "^" + set.substring(1).replace("\\", "\\\\")
                                : set.replace("\\", "\\\\")).append(']');
                        i = end;
                    }
                }
                case '\\' -> {
                    if (i + 1 < glob.length()) {
                        re.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
                    }
                }
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return re.toString();
    }
}
