package io.jcompose.model.tree;

/** Where a value came from, so every error can point at {@code file:line:col}. Line and column are 1-based. */
public record Position(String file, int line, int column) {

    /** A position for values that no file holds (defaults the loader adds). */
    public static final Position NONE = new Position("", 0, 0);

    public boolean isKnown() {
        return line > 0;
    }

    @Override
    public String toString() {
        return isKnown() ? file + ":" + line + ":" + column : file;
    }
}
