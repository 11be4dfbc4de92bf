package io.jcompose.model.interpolation;

import java.util.Objects;

/**
 * A variable reference in a template: its name, the operator, and the argument (default, error message or
 * alternate) both parsed and as written, since {@code config --variables} shows the text as written.
 */
public record Substitution(String name, Operator operator, Template argument, String argumentText)
        implements TemplatePart {

    public Substitution {
        Objects.requireNonNull(name);
        Objects.requireNonNull(operator);
        Objects.requireNonNull(argument);
        Objects.requireNonNull(argumentText);
    }

    public static Substitution plain(String name) {
        return new Substitution(name, Operator.NONE, Template.EMPTY, "");
    }
}
