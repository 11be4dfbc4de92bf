package io.jcompose.cli.container;

/** Text shaped as the docker CLI's Go code shapes it: {@code strconv.Quote} and its ellipsis truncation. */
public final class GoText {

    private GoText() {
    }

    /** Cuts to {@code max} characters, the last one an ellipsis, when longer. */
    public static String ellipsis(String text, int max) {
        int length = text.codePointCount(0, text.length());
        if (length <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }

    /** A double-quoted string with Go's escapes for quotes, backslashes and control characters. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case 7 -> out.append("\\a");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case 11 -> out.append("\\v");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", c));
                    } else if (Character.isISOControl(c)) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
