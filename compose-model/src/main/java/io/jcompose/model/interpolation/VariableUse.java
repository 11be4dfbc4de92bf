package io.jcompose.model.interpolation;

import java.util.Objects;

/**
 * A variable a Compose file refers to, as {@code config --variables} lists it: whether it is required, and the
 * default and alternate values as written ({@code null} when there is none).
 */
public record VariableUse(String name, boolean required, String defaultValue, String alternateValue) {

    public VariableUse {
        Objects.requireNonNull(name);
    }
}
