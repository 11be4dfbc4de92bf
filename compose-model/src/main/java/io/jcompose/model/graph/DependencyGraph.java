package io.jcompose.model.graph;

import io.jcompose.model.error.ComposeException;
import io.jcompose.model.project.Dependency;
import io.jcompose.model.project.Project;
import io.jcompose.model.project.Service;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * Services and what they need started first ({@code depends_on}, {@code links}, {@code volumes_from},
 * {@code network_mode: service:X}); gives start and stop order in levels. An edge goes from a service to its
 * dependency.
 */
public final class DependencyGraph {

    private final Graph<String, DefaultEdge> graph;
    private final List<List<String>> levels;

    private DependencyGraph(Graph<String, DefaultEdge> graph, List<List<String>> levels) {
        this.graph = graph;
        this.levels = levels;
    }

    /**
     * The graph of {@code project}. Throws a ComposeException naming a cycle ({@code a -> b -> a}, starting at
     * the alphabetically first service of the cycle) or a required dependency on an undefined service.
     */
    public static DependencyGraph of(Project project) {
        Graph<String, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
        project.services().keySet().forEach(graph::addVertex);
        for (Service service : new TreeSet<>(project.services().keySet()).stream()
                .map(project.services()::get).toList()) {
            for (Map.Entry<String, Boolean> dep : dependencies(service).entrySet()) {
                if (!graph.containsVertex(dep.getKey())) {
                    if (dep.getValue()) {
                        throw new ComposeException("service \"" + service.name() + "\" depends on undefined service \""
                                + dep.getKey() + "\"");
                    }
                    continue;
                }
                graph.addEdge(service.name(), dep.getKey());
            }
        }
        Cycles.find(graph).ifPresent(cycle -> {
            throw new DependencyCycleException(cycle);
        });
        return new DependencyGraph(graph, Levels.of(graph));
    }

    /** Each dependency name with whether it is required, in a stable order. */
    private static Map<String, Boolean> dependencies(Service service) {
        Map<String, Boolean> deps = new LinkedHashMap<>();
        for (Map.Entry<String, Dependency> e : service.dependsOn().entrySet()) {
            deps.put(e.getKey(), e.getValue().required());
        }
        for (String link : service.links()) {
            String[] parts = link.split(":", -1);
            deps.putIfAbsent(parts.length == 2 ? parts[0] : link, true);
        }
        for (String from : service.volumesFrom()) {
            if (!from.startsWith("container:")) {
                deps.putIfAbsent(from.split(":", -1)[0], true);
            }
        }
        if (service.networkModeService() != null) {
            deps.putIfAbsent(service.networkModeService(), true);
        }
        return deps;
    }

    /** Services grouped so that each level depends only on earlier levels; each level sorted by name. */
    public List<List<String>> startLevels() {
        return levels;
    }

    /** The reverse of {@link #startLevels()}: dependents stop before what they depend on. */
    public List<List<String>> stopLevels() {
        return levels.reversed();
    }

    /** The services {@code service} depends on directly, sorted. */
    public List<String> dependenciesOf(String service) {
        return sorted(graph.containsVertex(service) ? graph.outgoingEdgesOf(service).stream()
                .map(graph::getEdgeTarget).toList() : List.of());
    }

    /** The services that depend directly on {@code service}, sorted. */
    public List<String> dependentsOf(String service) {
        return sorted(graph.containsVertex(service) ? graph.incomingEdgesOf(service).stream()
                .map(graph::getEdgeSource).toList() : List.of());
    }

    /** Every service {@code service} needs, directly or not, sorted. */
    public List<String> transitiveDependenciesOf(String service) {
        Set<String> seen = new TreeSet<>();
        List<String> todo = new ArrayList<>(dependenciesOf(service));
        while (!todo.isEmpty()) {
            String next = todo.removeLast();
            if (seen.add(next)) {
                todo.addAll(dependenciesOf(next));
            }
        }
        return List.copyOf(seen);
    }

    private static List<String> sorted(List<String> names) {
        return List.copyOf(new TreeSet<>(names));
    }
}
