package io.jcompose.model.project;

import io.jcompose.model.tree.Node;
import java.nio.file.Path;
import java.util.Map;

/** PLACEHOLDER (owned by the project-records work): turns a normalised model into {@link Project} records. */
public final class ProjectMapper {

    private ProjectMapper() {
    }

    public static Project toProject(Node normalizedModel, Path workingDirectory) {
        return new Project("", workingDirectory, Map.of());
    }
}
