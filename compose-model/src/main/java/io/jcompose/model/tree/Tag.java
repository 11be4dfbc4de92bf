package io.jcompose.model.tree;

/** The Compose-specific YAML tags that change how files merge: {@code !reset} and {@code !override}. */
public enum Tag {
    NONE,
    /** {@code !reset}: drop the value inherited from earlier files. */
    RESET,
    /** {@code !override}: replace the value inherited from earlier files instead of merging. */
    OVERRIDE
}
