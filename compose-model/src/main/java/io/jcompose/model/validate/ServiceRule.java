package io.jcompose.model.validate;

import io.jcompose.model.error.ComposeFileException;
import io.jcompose.model.tree.Position;
import io.jcompose.model.tree.TreePath;

/** One consistency rule, checked for each service of a normalised model; throws on the first violation. */
@FunctionalInterface
interface ServiceRule {

    String SUFFIX = ": invalid compose project";

    void check(ServiceView service, ProjectView project);

    /** The error every rule throws: docker compose's wording, placed at the offending node. */
    static ComposeFileException invalid(Position position, String problem) {
        return new ComposeFileException(position, TreePath.ROOT, problem + SUFFIX);
    }
}
