package io.jcompose.model.interpolation;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses compose-spec templates: {@code $$} is a literal {@code $}; {@code $NAME} and {@code ${NAME}} read a
 * variable; {@code ${NAME<op>argument}} with op one of {@code :- - :? ? :+ +} where the argument is itself a
 * template; a dollar followed by anything else is kept as is; a dollar-brace that does not form a valid
 * substitution is an error. Names are {@code [A-Za-z_][A-Za-z0-9_]*}. Like compose-go, the closing brace is
 * found by counting nested dollar-brace openings only (a lone brace does not nest).
 */
final class TemplateParser {

    private TemplateParser() {
    }

    static Template parse(String text) {
        if (text.indexOf('$') < 0) {
            return text.isEmpty() ? Template.EMPTY : new Template(List.of(new TemplatePart.Literal(text)));
        }
        List<TemplatePart> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            char next = i + 1 < n ? text.charAt(i + 1) : 0;
            if (c != '$') {
                literal.append(c);
                i++;
            } else if (next == '$') {
                literal.append('$');
                i += 2;
            } else if (isNameStart(next)) {
                int end = nameEnd(text, i + 1);
                flush(literal, parts);
                parts.add(Substitution.plain(text.substring(i + 1, end)));
                i = end;
            } else if (next == '{') {
                int close = closingBrace(text, i);
                if (close < 0) {
                    throw new TemplateSyntaxException("missing closing brace");
                }
                flush(literal, parts);
                parts.add(braced(text.substring(i + 2, close)));
                i = close + 1;
            } else {
                literal.append('$');
                i++;
            }
        }
        flush(literal, parts);
        return new Template(parts);
    }

    private static Substitution braced(String body) {
        if (body.isEmpty() || !isNameStart(body.charAt(0))) {
            throw new TemplateSyntaxException("missing variable name");
        }
        int end = nameEnd(body, 0);
        String name = body.substring(0, end);
        String rest = body.substring(end);
        if (rest.isEmpty()) {
            return Substitution.plain(name);
        }
        Operator op = Operator.prefixOf(rest)
                .orElseThrow(() -> new TemplateSyntaxException("unexpected text after variable name"));
        String argument = rest.substring(op.symbol().length());
        return new Substitution(name, op, parse(argument), argument);
    }

    /** The index of the brace closing the dollar-brace at {@code start}, or -1. */
    private static int closingBrace(String text, int start) {
        int depth = 0;
        for (int k = start; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '}') {
                depth--;
                if (depth == 0) {
                    return k;
                }
            } else if (c == '$' && k + 1 < text.length() && text.charAt(k + 1) == '{') {
                depth++;
                k++;
            }
        }
        return -1;
    }

    private static void flush(StringBuilder literal, List<TemplatePart> parts) {
        if (!literal.isEmpty()) {
            parts.add(new TemplatePart.Literal(literal.toString()));
            literal.setLength(0);
        }
    }

    static boolean isNameStart(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || (c >= '0' && c <= '9');
    }

    private static int nameEnd(String text, int from) {
        int k = from;
        while (k < text.length() && isNamePart(text.charAt(k))) {
            k++;
        }
        return k;
    }
}
