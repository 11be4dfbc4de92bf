package io.jcompose.runtime.registry.auth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code WWW-Authenticate} challenge ({@code Bearer realm="...",service="...",scope="..."} or
 * {@code Basic realm="..."}): it tells us how the registry wants us to prove who we are.
 *
 * @param scheme lower case: {@code bearer} or {@code basic} (others are kept but not supported)
 */
public record Challenge(String scheme, Map<String, String> params) {

    public Challenge {
        scheme = scheme.toLowerCase(Locale.ROOT);
        params = Map.copyOf(params);
    }

    public boolean isBearer() {
        return scheme.equals("bearer");
    }

    public boolean isBasic() {
        return scheme.equals("basic");
    }

    public Optional<String> param(String name) {
        return Optional.ofNullable(params.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The challenge to answer among the header's: Bearer first, then Basic. */
    public static Optional<Challenge> preferred(List<String> headerValues) {
        List<Challenge> all = new ArrayList<>();
        for (String value : headerValues) {
            all.addAll(parse(value));
        }
        return all.stream().filter(Challenge::isBearer).findFirst()
                .or(() -> all.stream().filter(Challenge::isBasic).findFirst());
    }

    /** Parses one header value, which may hold several challenges; malformed parts end the parse. */
    public static List<Challenge> parse(String header) {
        List<Challenge> out = new ArrayList<>();
        Lexer lx = new Lexer(header);
        String scheme = lx.token();
        while (scheme != null) {
            Map<String, String> params = new LinkedHashMap<>();
            String next = null;
            while (true) {
                lx.skip(',');
                String name = lx.token();
                if (name == null) {
                    break;
                }
                if (!lx.eat('=')) {
                    next = name;
                    break;
                }
                String value = lx.value();
                params.put(name.toLowerCase(Locale.ROOT), value == null ? "" : value);
            }
            out.add(new Challenge(scheme, params));
            scheme = next;
        }
        return out;
    }

    /** A tiny cursor over the header text (RFC 7235 tokens and quoted strings). */
    private static final class Lexer {
        private final String s;
        private int i;

        Lexer(String s) {
            this.s = s == null ? "" : s;
        }

        void skip(char extra) {
            while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == extra)) {
                i++;
            }
        }

        boolean eat(char c) {
            skip(' ');
            if (i < s.length() && s.charAt(i) == c) {
                i++;
                return true;
            }
            return false;
        }

        String token() {
            skip(' ');
            int start = i;
            while (i < s.length() && "=, \t\"".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            return i > start ? s.substring(start, i) : null;
        }

        String value() {
            skip(' ');
            if (i >= s.length() || s.charAt(i) != '"') {
                return token();
            }
            StringBuilder b = new StringBuilder();
            for (i++; i < s.length() && s.charAt(i) != '"'; i++) {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < s.length()) {
                    c = s.charAt(++i);
                }
                b.append(c);
            }
            i++;
            return b.toString();
        }
    }
}
