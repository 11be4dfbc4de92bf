package io.jcompose.model.env;

/**
 * Expands the escape sequences docker compose accepts in double-quoted env file values: {@code \a \b \f \n \r
 * \t \v \" \\}, {@code \$} (a literal dollar, kept from interpolation) and {@code \0ooo} octal; any other
 * backslash is kept as written.
 */
final class Escapes {

    private Escapes() {
    }

    static String expand(String value) {
        if (value.indexOf('\\') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c != '\\' || i + 1 >= value.length()) {
                out.append(c);
                i++;
                continue;
            }
            char e = value.charAt(i + 1);
            String replacement = switch (e) {
                case 'a' -> "\u0007";
                case 'b' -> "\b";
                case 'f' -> "\f";
                case 'n' -> "\n";
                case 'r' -> "\r";
                case 't' -> "\t";
                case 'v' -> "\u000B";
                case '"' -> "\"";
                case '\\' -> "\\";
                case '$' -> "$$";
                default -> null;
            };
            if (replacement != null) {
                out.append(replacement);
                i += 2;
            } else if (e == '0' && octal(value, i + 2) >= 0) {
                out.append((char) octal(value, i + 2));
                i += 5;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The value of three octal digits at {@code from} when at most 255, else -1. */
    private static int octal(String value, int from) {
        if (from + 3 > value.length()) {
            return -1;
        }
        int v = 0;
        for (int k = from; k < from + 3; k++) {
            char d = value.charAt(k);
            if (d < '0' || d > '7') {
                return -1;
            }
            v = v * 8 + (d - '0');
        }
        return v <= 255 ? v : -1;
    }
}
