package io.jcompose.model.graph;

import io.jcompose.model.project.Project;
import java.util.List;

/** PLACEHOLDER (owned by the graph work): services and their depends_on edges; start and stop order in levels. */
public final class DependencyGraph {

    private final List<List<String>> levels;

    private DependencyGraph(List<List<String>> levels) {
        this.levels = levels;
    }

    /** Throws a ComposeException printing the cycle ({@code a -> b -> a}) if there is one. */
    public static DependencyGraph of(Project project) {
        return new DependencyGraph(List.of(List.copyOf(project.services().keySet())));
    }

    /** Services grouped so that each level depends only on earlier levels. */
    public List<List<String>> startLevels() {
        return levels;
    }

    /** The reverse of {@link #startLevels()}. */
    public List<List<String>> stopLevels() {
        return levels.reversed();
    }
}
