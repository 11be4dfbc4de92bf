package io.jcompose.model.validate;

import io.jcompose.model.tree.Node;

/** PLACEHOLDER (owned by the validation work): checks one file's tree against the Compose JSON Schema. */
public final class SchemaValidator {

    private SchemaValidator() {
    }

    /** Throws a ComposeFileException naming file:line:col and the field for the first problem found. */
    public static void validate(Node fileModel) {
    }
}
