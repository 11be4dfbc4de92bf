package io.jcompose.model.value;

import java.util.regex.Pattern;

/** A service name as Compose accepts it, validated once so later stages can trust it. */
public record ServiceName(String value) {

    private static final Pattern PATTERN = Pattern.compile("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$");

    public ServiceName {
        if (value == null || !PATTERN.matcher(value).matches()) {
            throw new InvalidValueException("\"" + value + "\" is not a valid service name (expected letters, "
                    + "digits, '_', '.' or '-', starting with a letter or digit)");
        }
    }

    public static ServiceName of(String text) {
        return new ServiceName(text);
    }

    @Override
    public String toString() {
        return value;
    }
}
