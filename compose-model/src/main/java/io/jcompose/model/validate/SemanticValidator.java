package io.jcompose.model.validate;

import io.jcompose.model.tree.Node;

/** PLACEHOLDER (owned by the validation work): checks references and values of a normalised model. */
public final class SemanticValidator {

    private SemanticValidator() {
    }

    /** Undefined services, networks, volumes, secrets, configs; no image nor build; duplicate container names. */
    public static void validate(Node normalizedModel) {
    }
}
