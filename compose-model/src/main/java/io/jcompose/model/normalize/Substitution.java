package io.jcompose.model.normalize;

import java.util.Optional;
import java.util.function.Function;

/** The small {@code $VAR}, {@code ${VAR}}, {@code ${VAR:-default}}, {@code ${VAR-default}} subset env files use. */
final class Substitution {

    private Substitution() {
    }

    static String apply(String s, Function<String, Optional<String>> vars) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '$' || i + 1 >= s.length()) {
                b.append(c);
                i++;
                continue;
            }
            char next = s.charAt(i + 1);
            if (next == '$') {
                b.append('$');
                i += 2;
            } else if (next == '{') {
                int end = s.indexOf('}', i + 2);
                if (end < 0) {
                    b.append(s.substring(i));
                    break;
                }
                b.append(braced(s.substring(i + 2, end), vars));
                i = end + 1;
            } else if (Character.isLetter(next) || next == '_') {
                int end = i + 1;
                while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '_')) {
                    end++;
                }
                b.append(vars.apply(s.substring(i + 1, end)).orElse(""));
                i = end;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    private static String braced(String expr, Function<String, Optional<String>> vars) {
        int colonDash = expr.indexOf(":-");
        int dash = expr.indexOf('-');
        if (colonDash > 0) {
            Optional<String> v = vars.apply(expr.substring(0, colonDash)).filter(x -> !x.isEmpty());
            return v.orElse(expr.substring(colonDash + 2));
        }
        if (dash > 0) {
            return vars.apply(expr.substring(0, dash)).orElse(expr.substring(dash + 1));
        }
        return vars.apply(expr).orElse("");
    }
}
