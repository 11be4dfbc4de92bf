package io.jcompose.model.interpolation;

import java.util.Optional;

/** How a braced substitution {@code ${NAME<op>argument}} treats an unset or empty variable. */
public enum Operator {
    /** {@code $NAME} or {@code ${NAME}}: the value, or a blank string with a warning when unset. */
    NONE(""),
    /** {@code ${NAME:-default}}: the default when unset or empty. */
    DEFAULT_IF_UNSET_OR_EMPTY(":-"),
    /** {@code ${NAME-default}}: the default when unset. */
    DEFAULT_IF_UNSET("-"),
    /** {@code ${NAME:?message}}: an error when unset or empty. */
    REQUIRED_NON_EMPTY(":?"),
    /** {@code ${NAME?message}}: an error when unset. */
    REQUIRED_SET("?"),
    /** {@code ${NAME:+alternate}}: the alternate when set and not empty, else a blank string. */
    ALTERNATE_IF_NON_EMPTY(":+"),
    /** {@code ${NAME+alternate}}: the alternate when set, else a blank string. */
    ALTERNATE_IF_SET("+");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** The operator {@code text} starts with (two-character forms first), if any. */
    static Optional<Operator> prefixOf(String text) {
        for (Operator op : new Operator[] {DEFAULT_IF_UNSET_OR_EMPTY, REQUIRED_NON_EMPTY, ALTERNATE_IF_NON_EMPTY,
                DEFAULT_IF_UNSET, REQUIRED_SET, ALTERNATE_IF_SET}) {
            if (text.startsWith(op.symbol)) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }

    public boolean isRequired() {
        return this == REQUIRED_NON_EMPTY || this == REQUIRED_SET;
    }

    public boolean isDefault() {
        return this == DEFAULT_IF_UNSET_OR_EMPTY || this == DEFAULT_IF_UNSET;
    }

    public boolean isAlternate() {
        return this == ALTERNATE_IF_NON_EMPTY || this == ALTERNATE_IF_SET;
    }
}
