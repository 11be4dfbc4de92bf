package io.jcompose.model.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command string into words the way compose does (go-shellwords without variable or backtick
 * expansion): whitespace separates words, quotes group, a backslash escapes the next character outside single
 * quotes, and an unquoted {@code ;}, {@code &}, {@code |}, {@code <} or {@code >} ends the command.
 */
final class ShellWords {

    private ShellWords() {
    }

    static List<String> split(String line) {
        List<String> args = new ArrayList<>();
        StringBuilder buf = new StringBuilder();
        boolean escaped = false;
        boolean single = false;
        boolean dbl = false;
        boolean got = false;
        loop:
        for (int i = 0; i < line.length(); i++) {
            char r = line.charAt(i);
            if (escaped) {
                buf.append(r);
                escaped = false;
                got = true;
                continue;
            }
            if (r == '\\') {
                if (single) {
                    buf.append(r);
                } else {
                    escaped = true;
                }
                continue;
            }
            if (r == ' ' || r == '\t' || r == '\r' || r == '\n') {
                if (single || dbl) {
                    buf.append(r);
                } else if (got) {
                    args.add(buf.toString());
                    buf.setLength(0);
                    got = false;
                }
                continue;
            }
            switch (r) {
                case '"' -> {
                    if (!single) {
                        if (dbl) {
                            got = true;
                        }
                        dbl = !dbl;
                        continue;
                    }
                }
                case '\'' -> {
                    if (!dbl) {
                        if (single) {
                            got = true;
                        }
                        single = !single;
                        continue;
                    }
                }
                case ';', '&', '|', '<', '>' -> {
                    if (!single && !dbl) {
                        if (r == '>' && !buf.isEmpty() && Character.isDigit(buf.charAt(0))) {
                            got = false;
                        }
                        break loop;
                    }
                }
                default -> {
                }
            }
            got = true;
            buf.append(r);
        }
        if (got) {
            args.add(buf.toString());
        }
        if (escaped || single || dbl) {
            throw new IllegalArgumentException("invalid command line string");
        }
        return args;
    }
}
