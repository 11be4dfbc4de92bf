package io.jcompose.model.interpolation;

import java.util.Locale;
import java.util.regex.Pattern;

/** Turns a string into the scalar type the compose-spec wants for a field, as compose-go's casts do. */
enum TypeCast {
    INTEGER,
    NUMBER,
    BOOLEAN;

    private static final Pattern INTEGER_TEXT = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern DECIMAL_TEXT = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");

    /** The cast value; throws {@link IllegalArgumentException} with the reason when {@code text} does not fit. */
    Object apply(String text) {
        return switch (this) {
            case INTEGER -> integer(text);
            case NUMBER -> number(text);
            case BOOLEAN -> bool(text);
        };
    }

    private static Long integer(String text) {
        if (INTEGER_TEXT.matcher(text).matches()) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(Quote.of(text) + " is out of range for an integer");
            }
        }
        throw new IllegalArgumentException(Quote.of(text) + " is not an integer");
    }

    private static Object number(String text) {
        if (INTEGER_TEXT.matcher(text).matches()) {
            return integer(text);
        }
        if (DECIMAL_TEXT.matcher(text).matches()) {
            return Double.parseDouble(text);
        }
        throw new IllegalArgumentException(Quote.of(text) + " is not a number");
    }

    private static Boolean bool(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "y", "yes", "true", "on" -> true;
            case "n", "no", "false", "off" -> false;
            default -> throw new IllegalArgumentException(Quote.of(text) + " is not a boolean");
        };
    }
}
