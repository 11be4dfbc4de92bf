package io.jcompose.model.normalize;

import io.jcompose.model.env.Environment;
import io.jcompose.model.error.ComposeFileException;
import io.jcompose.model.tree.Node;
import io.jcompose.model.tree.TreePath;
import io.jcompose.model.value.InvalidValueException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a rule knows besides the value: where it is, the project name and directory, and the variables used to
 * resolve {@code KEY}-only environment entries.
 */
record RuleContext(TreePath path, String projectName, Path projectDirectory, Environment environment) {

    RuleContext at(TreePath newPath) {
        return new RuleContext(newPath, projectName, projectDirectory, environment);
    }

    RuleContext key(String key) {
        return at(path.key(key));
    }

    RuleContext index(int index) {
        return at(path.index(index));
    }

    Optional<String> variable(String name) {
        return environment.get(name);
    }

    ComposeFileException error(Node node, String problem) {
        return new ComposeFileException(node.position(), path, problem);
    }

    ComposeFileException error(Node node, InvalidValueException e) {
        return new ComposeFileException(node.position(), path, e.getMessage(), e);
    }
}
