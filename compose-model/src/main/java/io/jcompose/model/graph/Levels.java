package io.jcompose.model.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;

/** Layers an acyclic dependency graph: level 0 needs nothing, level n needs only services of levels below n. */
final class Levels {

    private Levels() {
    }

    static List<List<String>> of(Graph<String, DefaultEdge> graph) {
        List<List<String>> levels = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        Set<String> remaining = new TreeSet<>(graph.vertexSet());
        while (!remaining.isEmpty()) {
            List<String> level = new ArrayList<>();
            for (String v : remaining) {
                if (graph.outgoingEdgesOf(v).stream().allMatch(e -> placed.contains(graph.getEdgeTarget(e)))) {
                    level.add(v);
                }
            }
            if (level.isEmpty()) {
                throw new IllegalStateException("cycle among " + remaining);
            }
            placed.addAll(level);
            level.forEach(remaining::remove);
            levels.add(List.copyOf(level));
        }
        return List.copyOf(levels);
    }
}
