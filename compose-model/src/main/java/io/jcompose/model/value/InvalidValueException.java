package io.jcompose.model.value;

/**
 * A string that is not a valid value of its type; the message is user-facing and quotes the value, and the
 * caller adds the file position and path.
 */
public final class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidValueException(String message) {
        super(message);
    }
}
