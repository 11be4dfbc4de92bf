package io.jcompose.model.validate;

import io.jcompose.model.tree.Node;

/**
 * Checks one file's tree against jcompose's Compose JSON Schema, so that misspelt keys and values of the wrong
 * type are reported at their place in the file before any later stage tries to make sense of them.
 */
public final class SchemaValidator {

    private SchemaValidator() {
    }

    /** Throws a ComposeFileException naming file:line:col and the field for the first problem found. */
    public static void validate(Node fileModel) {
        SchemaCheck.compose().firstViolation(fileModel).ifPresent(v -> {
            throw v.toException();
        });
    }
}
