package io.jcompose.model.validate;

import io.jcompose.model.error.ComposeFileException;
import io.jcompose.model.tree.Position;
import io.jcompose.model.tree.TreePath;
import java.util.Comparator;

/** A problem found in a Compose file, with the place to report it; the first in document order is thrown. */
record Violation(Position position, TreePath path, String problem) {

    /** Document order: known positions by line then column, positions the loader invented last. */
    static final Comparator<Violation> DOCUMENT_ORDER = Comparator
            .comparing((Violation v) -> !v.position().isKnown())
            .thenComparingInt(v -> v.position().line())
            .thenComparingInt(v -> v.position().column());

    ComposeFileException toException() {
        return new ComposeFileException(position, path, problem);
    }
}
