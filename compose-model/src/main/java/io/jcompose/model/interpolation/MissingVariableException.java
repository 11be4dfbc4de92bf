package io.jcompose.model.interpolation;

/** A {@code ${VAR:?message}} or {@code ${VAR?message}} whose variable has no value; callers add the place. */
public final class MissingVariableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String variable;
    private final String reason;

    public MissingVariableException(String variable, String reason) {
        super(reason.isEmpty() ? "required variable " + variable + " is missing a value"
                : "required variable " + variable + " is missing a value: " + reason);
        this.variable = variable;
        this.reason = reason;
    }

    public String variable() {
        return variable;
    }

    public String reason() {
        return reason;
    }
}
