package io.jcompose.model.load;

import io.jcompose.model.env.Environment;
import io.jcompose.model.graph.DependencyGraph;
import io.jcompose.model.project.Project;
import io.jcompose.model.source.ConfigFile;
import io.jcompose.model.tree.Node;
import java.nio.file.Path;
import java.util.List;

/**
 * The result of loading: the normalised tree (what {@code config} prints), the records and the dependency graph
 * (what the planner uses), and where it all came from.
 */
public record LoadedProject(
        String name,
        Path projectDirectory,
        List<ConfigFile> configFiles,
        Environment environment,
        Node model,
        Project project,
        DependencyGraph graph) {

    public LoadedProject {
        configFiles = List.copyOf(configFiles);
    }
}
