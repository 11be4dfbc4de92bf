package io.jcompose.model.interpolation;

/** A string that is not a valid template (an empty, unclosed or malformed braced form); callers add the place. */
public final class TemplateSyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TemplateSyntaxException(String reason) {
        super(reason);
    }
}
