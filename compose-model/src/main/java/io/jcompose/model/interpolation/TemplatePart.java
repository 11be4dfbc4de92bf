package io.jcompose.model.interpolation;

/** One piece of a parsed {@link Template}: literal text or a variable substitution. */
public sealed interface TemplatePart permits TemplatePart.Literal, Substitution {

    /** Text copied as is ({@code $$} already turned into {@code $}). */
    record Literal(String text) implements TemplatePart {
    }
}
